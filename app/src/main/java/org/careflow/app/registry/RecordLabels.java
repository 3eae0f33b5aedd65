package org.careflow.app.registry;

import org.careflow.app.pages.PageTexts;

/** The words a caseworker reads for the coded parts of a child's record, in the reader's language. */
public interface RecordLabels {

  String category();

  String householdRegistration();

  String schoolStatus();

  String disability();

  default String categoryLabel(PageTexts texts) {
    return category() == null ? texts.get("record.category.none") : texts.labelOr("record.category.", category());
  }

  default String householdRegistrationLabel(PageTexts texts) {
    return texts.labelOr("record.householdRegistration.", householdRegistration());
  }

  default String schoolStatusLabel(PageTexts texts) {
    return texts.labelOr("record.schoolStatus.", schoolStatus());
  }

  default String disabilityLabel(PageTexts texts) {
    return texts.labelOr("record.disability.", disability());
  }
}
