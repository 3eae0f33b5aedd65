package org.careflow.app.registry;

import org.careflow.app.registry.RecordValues.Category;
import org.careflow.app.registry.RecordValues.Disability;
import org.careflow.app.registry.RecordValues.HouseholdRegistration;
import org.careflow.app.registry.RecordValues.SchoolStatus;

/** The words a caseworker reads for the coded parts of a child's record. */
public interface RecordLabels {

  String category();

  String householdRegistration();

  String schoolStatus();

  String disability();

  default String categoryLabel() {
    return category() == null ? "Not yet classified" : RecordValues.label(Category.class, category());
  }

  default String householdRegistrationLabel() {
    return RecordValues.label(HouseholdRegistration.class, householdRegistration());
  }

  default String schoolStatusLabel() {
    return RecordValues.label(SchoolStatus.class, schoolStatus());
  }

  default String disabilityLabel() {
    return RecordValues.label(Disability.class, disability());
  }
}
