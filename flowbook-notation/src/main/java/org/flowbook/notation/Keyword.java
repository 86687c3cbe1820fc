package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.model.Language;

/**
 * Every keyword of the notation in English and Swedish. The first spelling of each language is the
 * canonical one the formatter writes; the others are accepted when reading.
 */
public enum Keyword {
  // Process header
  PROCESS(Area.HEADER, "process", "process"),
  ID(Area.HEADER, "id", "id"),
  OWNER(Area.HEADER, "owner", "ägare"),
  PURPOSE(Area.HEADER, "purpose", "syfte"),
  SCOPE(Area.HEADER, "scope", "omfattning"),
  TRIGGER(Area.HEADER, "trigger", "startas när|startas av|utlösare"),
  OUTCOME(Area.HEADER, "outcome|outcomes", "resultat"),
  PART_OF(Area.HEADER, "part of", "del av"),
  REVIEW(Area.HEADER, "review|review by", "granskas|granskas senast"),
  LANGUAGE(Area.HEADER, "language", "språk"),
  STATUS(Area.HEADER, "status", "status"),
  VERSION(Area.HEADER, "version", "version"),
  VOLUME(Area.HEADER, "volume", "volym"),
  DIRECTION(Area.HEADER, "direction", "riktning"),
  PROCESS_MESSAGE(Area.HEADER, "message", "meddelande"),
  // risk4 (issue 19): a risk of the process as a whole, its details indented below
  PROCESS_RISK(Area.HEADER, "risk", "risk"),

  // Step attributes
  TYPE(Area.STEP, "type", "typ"),
  SYSTEM(Area.STEP, "system|systems", "system"),
  INPUT(Area.STEP, "input|inputs", "indata"),
  OUTPUT(Area.STEP, "output|outputs", "utdata"),
  ACCOUNTABLE(Area.STEP, "accountable", "ansvarig"),
  CONSULTED(Area.STEP, "consulted", "konsulteras|rådfrågas"),
  INFORMED(Area.STEP, "informed", "informeras"),
  CONTROL(Area.STEP, "control", "kontroll"),
  NOTE(Area.STEP, "note|tip", "notera|obs|tips"),
  MESSAGE(Area.STEP, "message", "meddelande"),
  CALL(Area.STEP, "call|calls", "delprocess"),
  DECISION(Area.STEP, "decision", "beslut"),
  DECISION_ANY(Area.STEP, "decision any|any of", "beslut flera|ett eller flera"),
  FIRST_OF(Area.STEP, "first of", "först av"),
  STEP_DEPUTIES(Area.STEP, "deputies|deputy", "ersättare"),
  // risk4 (issue 19): a risk of the step, its details indented below
  RISK(Area.STEP, "risk", "risk"),

  // risk4 (issue 19): the details of a risk, indented under "risk:"
  RISK_DESCRIPTION(Area.RISK, "description", "beskrivning"),
  LIKELIHOOD(Area.RISK, "likelihood", "sannolikhet"),
  CONSEQUENCE(Area.RISK, "consequence|impact", "konsekvens"),
  RESIDUAL(Area.RISK, "after controls|residual", "efter kontroller|kvarstående risk"),
  RISK_OWNER(Area.RISK, "owner", "ägare|riskägare"),
  RISK_CONTROLS(Area.RISK, "controls|control", "kontroller|kontroll"),

  // Words inside lines
  WORK(Area.WORD, "work", "arbete"),
  WAIT(Area.WORD, "wait", "väntan"),
  END(Area.WORD, "end", "slut"),
  OTHERWISE(Area.WORD, "otherwise|else", "annars"),
  PARALLEL(Area.WORD, "parallel", "parallellt|parallell"),
  JOIN(Area.WORD, "join", "invänta"),
  EVENT(Area.WORD, "event", "händelse"),
  START(Area.WORD, "start", "start"),
  THROW(Area.WORD, "throw", "skickar"),
  ON(Area.WORD, "on", "vid"),
  CONTINUE(Area.WORD, "continue", "fortsätter"),
  PER_MONTH(Area.WORD, "per month", "per månad"),
  PER_WEEK(Area.WORD, "per week", "per vecka"),
  PER_YEAR(Area.WORD, "per year", "per år"),
  PER_DAY(Area.WORD, "per day", "per dag"),

  // organization.flow
  ORGANIZATION(Area.ORG, "organization|organisation", "organisation"),
  CURRENCY(Area.ORG, "currency", "valuta"),
  ROLE(Area.ORG, "role", "roll"),
  ORG_SYSTEM(Area.ORG, "system", "system"),
  DOCUMENT(Area.ORG, "document", "dokument"),
  REGULATION(Area.ORG, "regulation", "regelverk"),
  GROUP(Area.ORG, "group", "grupp"),
  PERSON(Area.ORG, "person", "person"),
  // risk4 (issue 19): a control declared once, and the threshold above which a risk is a finding
  ORG_CONTROL(Area.ORG, "control", "kontroll"),
  RISK_THRESHOLD(Area.ORG, "risk threshold", "riskgräns"),
  DESCRIPTION(Area.ORG_ENTRY, "description", "beskrivning"),
  CAPACITY(Area.ORG_ENTRY, "capacity", "antal|kapacitet"),
  COST(Area.ORG_ENTRY, "cost", "kostnad"),
  HOURS(Area.ORG_ENTRY, "hours", "timmar"),
  SHORT(Area.ORG_ENTRY, "short", "förkortning"),
  GROUP_ID(Area.ORG_ENTRY, "id", "id"),
  KIND(Area.ORG_ENTRY, "kind", "typ"),
  DEPUTIES(Area.ORG_ENTRY, "deputies|deputy", "ersättare"),
  EMAIL(Area.ORG_ENTRY, "email|e-mail", "e-post|epost"),
  ROLES(Area.ORG_ENTRY, "roles|role", "roller|roll"),
  WORKING_TIME(Area.ORG_ENTRY, "working time|employment", "omfattning|tjänstgöringsgrad"),
  COVERED_BY(Area.ORG_ENTRY, "covered by|deputised by|deputized by", "ersätts av"),
  // sim2 (issue 17): a role's working hours, "arbetstid: mån–fre 08:00–17:00"
  WORKING_HOURS(Area.ORG_ENTRY, "working hours|business hours", "arbetstid"),
  // training (issue 16): what a role learns beyond its steps, and how long a sign-off is valid
  TRAINING(Area.ORG_ENTRY, "training", "utbildning"),
  VALID(Area.ORG_ENTRY, "valid|valid for", "giltig|giltighet"),
  // risk4 (issue 19): a declared control's substance, and the personal data of a document/system
  CONTROL_OWNER(Area.ORG_ENTRY, "owner", "ägare"),
  FREQUENCY(Area.ORG_ENTRY, "frequency", "frekvens"),
  EVIDENCE(Area.ORG_ENTRY, "evidence", "bevis"),
  REQUIREMENTS(Area.ORG_ENTRY, "requirements|requirement|satisfies", "krav|uppfyller"),
  PERSONAL_DATA(Area.ORG_ENTRY, "personal data", "personuppgifter"),
  LEGAL_BASIS(Area.ORG_ENTRY, "legal basis", "rättslig grund"),
  RETENTION(Area.ORG_ENTRY, "retention", "gallring|lagringstid"),
  DATA_PURPOSE(Area.ORG_ENTRY, "purpose", "ändamål");

  private static final Keyword[] VALUES = values();

  /** Where a keyword may stand. */
  public enum Area {
    HEADER,
    STEP,
    WORD,
    ORG,
    ORG_ENTRY,
    RISK
  }

  private final Area area;
  private final List<String> english;
  private final List<String> swedish;

  Keyword(Area area, String english, String swedish) {
    this.area = area;
    this.english = List.of(english.split("\\|"));
    this.swedish = List.of(swedish.split("\\|"));
  }

  public Area area() {
    return area;
  }

  /** The canonical spelling in a language. */
  public String word(Language language) {
    return language == Language.SV ? swedish.get(0) : english.get(0);
  }

  /** Whether {@code text} (case-insensitive, spaces folded) is a spelling of this keyword. */
  public boolean matches(String text) {
    String t = fold(text);
    return english.contains(t) || swedish.contains(t);
  }

  /** The language a spelling belongs to, when it belongs to only one. */
  public Optional<Language> languageOf(String text) {
    String t = fold(text);
    boolean en = english.contains(t);
    boolean sv = swedish.contains(t);
    if (en && !sv) {
      return Optional.of(Language.EN);
    }
    if (sv && !en) {
      return Optional.of(Language.SV);
    }
    return Optional.empty();
  }

  /** The keyword of an area that {@code text} spells, if any. */
  public static Optional<Keyword> find(Area area, String text) {
    String t = fold(text);
    for (Keyword k : VALUES) {
      if (k.area == area && (k.english.contains(t) || k.swedish.contains(t))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Every spelling of the keywords of an area, for "did you mean" hints. */
  public static List<String> spellings(Area area) {
    List<String> all = new ArrayList<>();
    for (Keyword k : values()) {
      if (k.area == area) {
        all.addAll(k.english);
        all.addAll(k.swedish);
      }
    }
    return all;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static String fold(String text) {
    String t = text.strip();
    // Most keywords are one word: skip the regex when there is nothing to fold.
    if (t.indexOf(' ') >= 0 || t.indexOf('\t') >= 0) {
      t = SPACES.matcher(t).replaceAll(" ");
    }
    return t.toLowerCase(Locale.ROOT);
  }
}
