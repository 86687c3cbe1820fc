package org.flowbook.analysis.report;

import java.util.Map;
import org.flowbook.model.Language;

/** The fixed words of the reports in Swedish and English. */
public final class Texts {
  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry("analysis", new String[] {"Analysis", "Analys"}),
          Map.entry("analysisOf", new String[] {"Process analysis", "Processanalys"}),
          Map.entry("summary", new String[] {"Summary", "Sammanfattning"}),
          Map.entry("process", new String[] {"Process", "Process"}),
          Map.entry("processes", new String[] {"Processes", "Processer"}),
          Map.entry("workSteps", new String[] {"Work steps", "Arbetssteg"}),
          Map.entry("roles", new String[] {"Roles", "Roller"}),
          Map.entry("role", new String[] {"Role", "Roll"}),
          Map.entry("handoffs", new String[] {"Handoffs", "Överlämningar"}),
          Map.entry("cycleTime", new String[] {"Expected cycle time", "Förväntad ledtid"}),
          Map.entry("work", new String[] {"Work", "Arbete"}),
          Map.entry("wait", new String[] {"Waiting", "Väntan"}),
          Map.entry("efficiency", new String[] {"Flow efficiency", "Flödeseffektivitet"}),
          Map.entry(
              "effort",
              new String[] {"Work per case (all branches)", "Arbete per ärende (alla grenar)"}),
          Map.entry("cost", new String[] {"Cost per case", "Kostnad per ärende"}),
          Map.entry("criticalPath", new String[] {"Critical path", "Kritisk väg"}),
          Map.entry(
              "workPerRole", new String[] {"Work per role and case", "Arbete per roll och ärende"}),
          Map.entry("tasks", new String[] {"Tasks", "Uppgifter"}),
          Map.entry("step", new String[] {"Step", "Steg"}),
          Map.entry("visits", new String[] {"Visits", "Besök"}),
          Map.entry("waitPerCase", new String[] {"Waiting per case", "Väntan per ärende"}),
          Map.entry("whereTimeGoes", new String[] {"Where the time goes", "Var tiden går"}),
          Map.entry("capacity", new String[] {"Capacity", "Kapacitet"}),
          Map.entry("volume", new String[] {"Volume", "Volym"}),
          Map.entry("perMonth", new String[] {"cases per month", "ärenden per månad"}),
          Map.entry("people", new String[] {"People", "Personer"}),
          Map.entry("demand", new String[] {"Demand h/month", "Behov h/mån"}),
          Map.entry("available", new String[] {"Available h/month", "Tillgängligt h/mån"}),
          Map.entry("utilization", new String[] {"Utilization", "Beläggning"}),
          Map.entry("queue", new String[] {"Queue per task", "Kötid per uppgift"}),
          Map.entry("verdict", new String[] {"Verdict", "Bedömning"}),
          Map.entry("OK", new String[] {"ok", "ok"}),
          Map.entry("HIGH", new String[] {"high", "hög"}),
          Map.entry("OVERLOADED", new String[] {"OVERLOADED", "ÖVERBELASTAD"}),
          Map.entry("bottleneck", new String[] {"Bottleneck", "Flaskhals"}),
          Map.entry(
              "noVolume",
              new String[] {
                "No volume known: give --volume N or write 'volume: N per month' in the process.",
                "Ingen volym angiven: ange --volume N eller skriv 'volym: N per månad' i processen."
              }),
          Map.entry(
              "load",
              new String[] {
                "Load per role from all processes", "Belastning per roll från alla processer"
              }),
          Map.entry(
              "withoutVolume",
              new String[] {
                "Processes without a volume (not counted)", "Processer utan volym (räknas inte)"
              }),
          Map.entry("problems", new String[] {"Documentation check", "Dokumentationskontroll"}),
          Map.entry("noProblems", new String[] {"No findings.", "Inga anmärkningar."}),
          Map.entry("workspaceProblems", new String[] {"Workspace", "Hela organisationen"}),
          Map.entry("errors", new String[] {"errors", "fel"}),
          Map.entry("error", new String[] {"error", "fel"}),
          Map.entry("warning", new String[] {"warning", "varning"}),
          Map.entry("note", new String[] {"note", "notering"}),
          Map.entry("warnings", new String[] {"warnings", "varningar"}),
          Map.entry("notes", new String[] {"notes", "noteringar"}),
          Map.entry("caveats", new String[] {"Note", "Obs"}),
          Map.entry(
              "flowchart",
              new String[] {
                "Flowchart with waiting time per step", "Flödesschema med väntetid per steg"
              }),
          Map.entry("waitHeat", new String[] {"Waiting time per case", "Väntetid per ärende"}),
          Map.entry("outcomes", new String[] {"Outcomes", "Utfall"}),
          Map.entry(
              "unpriced",
              new String[] {
                "Roles without a cost (counted as 0)", "Roller utan kostnad (räknas som 0)"
              }),
          Map.entry(
              "generated",
              new String[] {
                "Generated by Flowbook from the documented processes.",
                "Skapad av Flowbook från de dokumenterade processerna."
              }),
          Map.entry("changeImpact", new String[] {"Change impact", "Konsekvenser av ändringen"}),
          Map.entry("before", new String[] {"Before", "Före"}),
          Map.entry("after", new String[] {"After", "Efter"}),
          Map.entry("change", new String[] {"Change", "Förändring"}),
          Map.entry("stepsAdded", new String[] {"Steps added", "Nya steg"}),
          Map.entry("stepsRemoved", new String[] {"Steps removed", "Borttagna steg"}),
          Map.entry("stepsChanged", new String[] {"Steps changed", "Ändrade steg"}),
          Map.entry("rolesAffected", new String[] {"Roles affected", "Berörda roller"}),
          Map.entry("gains", new String[] {"gains", "får"}),
          Map.entry("loses", new String[] {"loses", "förlorar"}),
          Map.entry("controlsAdded", new String[] {"Controls added", "Nya kontroller"}),
          Map.entry("controlsRemoved", new String[] {"Controls removed", "Borttagna kontroller"}),
          Map.entry("headerChanged", new String[] {"Header changed", "Ändrat i huvudet"}),
          Map.entry("metrics", new String[] {"Figures", "Nyckeltal"}),
          Map.entry(
              "noChanges",
              new String[] {
                "The two versions document the same process.",
                "De två versionerna beskriver samma process."
              }),
          Map.entry("metricsOf", new String[] {"Figures per process", "Nyckeltal per process"}));

  private final Language lang;

  public Texts(Language lang) {
    this.lang = lang;
  }

  public String get(String key) {
    String[] w = WORDS.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no text for " + key);
    }
    return lang == Language.SV ? w[1] : w[0];
  }

  /** Picks the English or Swedish version of a sentence built by the caller. */
  public String say(String english, String swedish) {
    return lang == Language.SV ? swedish : english;
  }
}
