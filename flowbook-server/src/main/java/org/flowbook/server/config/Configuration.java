package org.flowbook.server.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowbook.model.Language;
import org.flowbook.model.Suggestions;
import org.flowbook.output.TextBundle;
import org.flowbook.server.view.Messages;

/**
 * The settings of one start, from (strongest first) command-line options, environment variables
 * ({@code FLOWBOOK_DATABASE_URL}), the file {@code flowbook.conf} ({@code database.url = …}) and
 * the defaults of {@link SettingsTable}. The file is in the {@link Properties} format, read by the
 * JDK one line at a time so that each problem names its line. Every problem of every source is
 * collected before anything starts, each located and in the user's language.
 */
public final class Configuration {
  /** The file read when none is named and it exists in the working folder. */
  public static final String FILE_NAME = "flowbook.conf";

  /** The environment variable naming the file. */
  public static final String FILE_ENV = "FLOWBOOK_CONFIG";

  /** Larger files are refused unread: a settings file is a few hundred bytes. */
  static final int MAX_FILE_BYTES = 256 * 1024;

  /** One setting's value and where it came from ("flowbook.conf:7", "FLOWBOOK_X", "--port"). */
  public record Value(String text, String origin) {}

  private final Map<Setting, Value> values;

  private Configuration(Map<Setting, Value> values) {
    this.values = values;
  }

  /**
   * Reads and checks the settings.
   *
   * @param file the settings file, or empty for none
   * @param env the environment (only FLOWBOOK_ variables are read)
   * @param options values given as command-line options, by setting, with the option's name
   * @param language the language of the problems
   * @throws ConfigurationException with every problem found
   */
  public static Configuration read(
      Optional<Path> file,
      Map<String, String> env,
      Map<Setting, Value> options,
      Language language) {
    TextBundle words = new Messages().in(language);
    List<String> problems = new ArrayList<>();
    Map<Setting, Value> values = new LinkedHashMap<>();
    file.ifPresent(f -> values.putAll(readFile(f, words, problems)));
    values.putAll(fromEnvironment(env, words, problems));
    values.putAll(options);
    for (Map.Entry<Setting, Value> e : values.entrySet()) {
      Setting s = e.getKey();
      Value v = e.getValue();
      if (v.text().isBlank()) {
        continue; // an empty value is the default
      }
      s.kind()
          .problem(v.text())
          .ifPresent(
              allowed ->
                  problems.add(
                      headline(
                              v.origin(),
                              "config-bad-value",
                              words.format("config.bad-value", s.key(), s.shown(v.text().strip())))
                          + hint(words.format("config.bad-value.hint", words.get(allowed)))));
    }
    Configuration c = new Configuration(values);
    if (problems.isEmpty()) {
      problems.addAll(c.combinationProblems(words));
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return c;
  }

  /** The settings from the defaults alone (tests). */
  public static Configuration defaults() {
    return new Configuration(Map.of());
  }

  /** The value, or the setting's default; stripped. */
  public String text(Setting s) {
    Value v = values.get(s);
    return v == null || v.text().isBlank() ? s.defaultValue() : v.text().strip();
  }

  /** The value when one is set or there is a default; empty otherwise. */
  public Optional<String> optional(Setting s) {
    String t = text(s);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  public int integer(Setting s) {
    return Integer.parseInt(text(s));
  }

  public boolean flag(Setting s) {
    return Kind.bool(text(s)).orElseThrow();
  }

  /** The items of a list setting, separated by commas (a group name may hold spaces). */
  public List<String> list(Setting s) {
    return Arrays.stream(text(s).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
  }

  /** The words of a setting, separated by commas or spaces (scopes). */
  public List<String> words(Setting s) {
    return Arrays.stream(text(s).split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Where the value came from: a file line, a variable, an option, or "default". */
  public String origin(Setting s) {
    Value v = values.get(s);
    return v == null || v.text().isBlank() ? "default" : v.origin();
  }

  /** Settings that only make sense together. */
  private List<String> combinationProblems(TextBundle words) {
    List<String> problems = new ArrayList<>();
    boolean sso = optional(SettingsTable.OIDC_ISSUER).isPresent();
    if (sso) {
      for (Setting needed : List.of(SettingsTable.OIDC_CLIENT_ID, SettingsTable.BASE_URL)) {
        if (optional(needed).isEmpty()) {
          problems.add(
              headline(
                      origin(SettingsTable.OIDC_ISSUER),
                      "config-missing",
                      words.format("config.needs", needed.key(), SettingsTable.OIDC_ISSUER.key()))
                  + hint(words.format("config.needs.hint", needed.key(), needed.example())));
        }
      }
    } else if (!flag(SettingsTable.LOCAL_LOGIN)) {
      problems.add(
          headline(
                  origin(SettingsTable.LOCAL_LOGIN),
                  "config-no-sign-in",
                  words.get("config.no-sign-in"))
              + hint(words.get("config.no-sign-in.hint")));
    }
    return problems;
  }

  private static Map<Setting, Value> fromEnvironment(
      Map<String, String> env, TextBundle words, List<String> problems) {
    Map<Setting, Value> values = new HashMap<>();
    Map<String, Setting> byEnv = new HashMap<>();
    for (Setting s : SettingsTable.all()) {
      byEnv.put(s.envName(), s);
      // The older name counts only while the new one is not set.
      s.legacy()
          .filter(name -> env.get(name) != null && env.get(s.envName()) == null)
          .ifPresent(name -> values.put(s, new Value(env.get(name), name)));
    }
    // A misspelt variable of one of our groups (FLOWBOOK_OIDC_ISUER) is a problem; others that
    // start with FLOWBOOK_ belong to other tools (FLOWBOOK_CONFIG, FLOWBOOK_TEST_PG_URL).
    Set<String> groups =
        SettingsTable.all().stream()
            .map(s -> "FLOWBOOK_" + s.envName().split("_")[1] + "_")
            .collect(Collectors.toSet());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(env).entrySet()) {
      Setting s = byEnv.get(e.getKey());
      if (s != null) {
        values.put(s, new Value(e.getValue(), e.getKey()));
      } else if (groups.stream().anyMatch(e.getKey()::startsWith)
          && SettingsTable.all().stream().noneMatch(x -> x.legacyEnv().equals(e.getKey()))) {
        List<String> names = SettingsTable.all().stream().map(Setting::envName).toList();
        problems.add(
            headline(
                    e.getKey(),
                    "config-unknown-key",
                    words.format("config.unknown-variable", e.getKey()))
                + nearest(e.getKey(), names, words));
      }
    }
    return values;
  }

  private static Map<Setting, Value> readFile(Path file, TextBundle words, List<String> problems) {
    String name = file.toString();
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add(
            headline(name, "config-unreadable", words.format("config.too-large", MAX_FILE_BYTES)));
        return Map.of();
      }
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      problems.add(headline(name, "config-unreadable", words.get("config.no-file")));
      return Map.of();
    } catch (CharacterCodingException e) {
      problems.add(headline(name, "config-unreadable", words.get("config.not-utf8")));
      return Map.of();
    } catch (IOException e) {
      problems.add(
          headline(name, "config-unreadable", words.format("config.unreadable", e.getMessage())));
      return Map.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<Setting, Value> values = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int start = i;
      StringBuilder logical = new StringBuilder(lines[i]);
      // A line ending in an odd number of backslashes goes on on the next (Properties' rule).
      while (endsWithOddBackslashes(logical) && i + 1 < lines.length) {
        logical.append('\n').append(lines[++i]);
      }
      Properties one = new Properties();
      try {
        one.load(new StringReader(logical.toString()));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(
            located(
                    name,
                    start + 1,
                    1,
                    lines[start],
                    1,
                    "config-syntax",
                    words.get("config.syntax"))
                + hint(words.get("config.syntax.hint")));
        continue;
      }
      for (String key : one.stringPropertyNames()) {
        int column = Math.max(1, lines[start].indexOf(key) + 1);
        String where = name + ":" + (start + 1);
        Optional<Setting> setting = SettingsTable.byKey(key);
        if (setting.isEmpty()) {
          problems.add(
              located(
                      name,
                      start + 1,
                      column,
                      lines[start],
                      key.length(),
                      "config-unknown-key",
                      words.format("config.unknown-key", key))
                  + nearest(key, SettingsTable.keys(), words));
          continue;
        }
        Integer before = firstLine.putIfAbsent(key, start + 1);
        if (before != null) {
          problems.add(
              located(
                  name,
                  start + 1,
                  column,
                  lines[start],
                  key.length(),
                  "config-twice",
                  words.format("config.twice", key, before)));
          continue;
        }
        values.put(setting.get(), new Value(one.getProperty(key), where));
      }
    }
    return values;
  }

  private static boolean endsWithOddBackslashes(CharSequence s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static String nearest(String wrong, List<String> known, TextBundle words) {
    return Suggestions.closest(wrong, known)
        .map(k -> hint(words.format("config.did-you-mean", k)))
        .orElse(hint(words.get("config.see-help")));
  }

  private static String headline(String where, String code, String message) {
    return where + ": error[" + code + "]: " + message;
  }

  private static String located(
      String file, int line, int column, String source, int width, String code, String message) {
    String number = String.valueOf(line);
    String pad = " ".repeat(number.length());
    return headline(file + ":" + line + ":" + column, code, message)
        + "\n "
        + number
        + " | "
        + source
        + "\n "
        + pad
        + " | "
        + " ".repeat(column - 1)
        + "^".repeat(Math.max(1, width));
  }

  private static String hint(String text) {
    return "\n  = " + text;
  }
}
