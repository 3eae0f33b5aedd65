package org.careflow.app.registry;

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
    DuplicateChild(String message) {
      super(message);
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
          throw new DuplicateChild("This ID number is already registered: " + describe(existing, user));
        });
  }

  void refuseSameNameAndBirth(String fullName, LocalDate birthDate, String villageCode, Authentication user) {
    records.findByNameAndBirthDate(fullName, birthDate, villageCode).ifPresent(existing -> {
      throw new DuplicateChild("A child with this name and date of birth is already registered in this village: "
          + describe(existing, user));
    });
  }

  private String describe(ChildRecord existing, Authentication user) {
    return access.chainIfVisible(user, existing.villageCode()).isPresent()
        ? "record " + existing.id() + " (" + existing.fullName() + ", born " + existing.birthDate() + ", " + existing.villageCode() + ")"
        : "check the details for a typing mistake; if they are right, your township's child supervisor can look into it";
  }
}
