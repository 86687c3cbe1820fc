package org.flowbook.repository.users;

import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/** What an account chose for itself: the language of the web app and of its e-mail. */
public final class UserSettings {
  private final Database db;

  public UserSettings(Database db) {
    this.db = db;
  }

  public Optional<Language> language(String username) {
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT language FROM user_settings WHERE username = ?",
                    rs -> rs.getString(1),
                    Users.normalize(username))
                .flatMap(Language::fromCode));
  }

  public void setLanguage(String username, Language language) {
    String name = Users.normalize(username);
    db.inTransaction(
        c -> {
          if (Rows.update(
                  c,
                  "UPDATE user_settings SET language = ? WHERE username = ?",
                  language.code(),
                  name)
              == 0) {
            Rows.update(
                c,
                "INSERT INTO user_settings (username, language) VALUES (?, ?)",
                name,
                language.code());
          }
          return null;
        });
  }
}
