package org.careflow.app.registry;

import org.careflow.app.language.Phrase;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.engine.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Refuses a second record for a child already registered, naming the existing record when the user
 * may see it. Outside their jurisdiction the answer confirms no record: no number, no place, only
 * that this registration cannot go ahead and who can look further.
 */
@Component
class DuplicateChildren {

  /** A refusal like any bad input (nothing is written); the app's API answers it with 409. */
  static class DuplicateChild extends RefusedInput {
    DuplicateChild(String key, Object... args) {
      super(key, args);
    }
  }

  private final ChildRecords records;
  private final RegistryAccess access;

  DuplicateChildren(ChildRecords records, RegistryAccess access) {
    this.records = records;
    this.access = access;
  }

  /** Refuses if another child than {@code exceptChildId} carries this ID number. */
  void refuseIdNumberOf(String idNumberHash, Long exceptChildId, Authentication user) {
    records.findByIdNumberHash(idNumberHash).filter(existing -> exceptChildId == null || existing.id() != exceptChildId)
        .ifPresent(existing -> {
          throw new DuplicateChild("refusal.duplicate.id", describe(existing, user));
        });
  }

  void refuseSameNameAndBirth(String fullName, LocalDate birthDate, String villageCode, Authentication user) {
    records.findByNameAndBirthDate(fullName, birthDate, villageCode).ifPresent(existing -> {
      throw new DuplicateChild("refusal.duplicate.name-birth", describe(existing, user));
    });
  }

  private Phrase describe(ChildRecord existing, Authentication user) {
    return access.chainIfVisible(user, existing.villageCode()).isPresent()
        ? Phrase.of("refusal.duplicate.visible", existing.id(), existing.fullName(), existing.birthDate(), existing.villageCode())
        : Phrase.of("refusal.duplicate.hidden");
  }
}
