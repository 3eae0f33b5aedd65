package org.careflow.app.registry;

import org.careflow.app.language.Phrase;
import static org.careflow.contract.ChildRecordUpdate.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.registry.RecordValues.Category;
import org.careflow.app.registry.RecordValues.Disability;
import org.careflow.app.registry.RecordValues.HouseholdRegistration;
import org.careflow.app.registry.RecordValues.SchoolStatus;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * Start listener of the child-record update (after the jurisdiction guard): the proposal must
 * change something, name allowed values, give its reason, and a new ID number must be encrypted,
 * pass the GB 11643 check against the child's birth date and belong to no other child. Throwing
 * rolls the start back: a refused proposal leaves no trace.
 */
@Component(DelegateBeans.CHILD_RECORD_CHANGE_CHECK)
class ChildRecordChangeCheck implements ExecutionListener {

  private static final List<String> PROPOSALS = List.of(
      VAR_HOUSEHOLD_REGISTRATION, VAR_CATEGORY, VAR_DISABILITY, VAR_SCHOOL_STATUS, VAR_GUARDIANS, VAR_ID_NUMBER_CIPHER);

  private final ChildRecords records;
  private final IdNumberProtection idNumbers;
  private final DuplicateChildren duplicates;

  ChildRecordChangeCheck(ChildRecords records, IdNumberProtection idNumbers, DuplicateChildren duplicates) {
    this.records = records;
    this.idNumbers = idNumbers;
    this.duplicates = duplicates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable(VAR_ID_NUMBER_PLAIN)) {
      throw new RefusedInput("refusal.change.id-as-variable");
    }
    long childId = childId(execution);
    ChildRecord child = records.find(childId).orElseThrow(() -> new RefusedInput("refusal.child.no-record", childId));
    RecordValues.optional(HouseholdRegistration.class, text(execution, VAR_HOUSEHOLD_REGISTRATION), Phrase.of("refusal.field.household-registration"));
    RecordValues.optional(Category.class, text(execution, VAR_CATEGORY), Phrase.of("refusal.field.category"));
    RecordValues.optional(Disability.class, text(execution, VAR_DISABILITY), Phrase.of("refusal.field.disability"));
    RecordValues.optional(SchoolStatus.class, text(execution, VAR_SCHOOL_STATUS), Phrase.of("refusal.field.school-status"));
    String guardians = text(execution, VAR_GUARDIANS);
    if (guardians != null && guardians.length() > 300) {
      throw new RefusedInput("refusal.field.longer-than", Phrase.of("refusal.field.guardians"), 300);
    }
    if (PROPOSALS.stream().allMatch(name -> text(execution, name) == null)) {
      throw new RefusedInput("refusal.change.nothing");
    }
    if (text(execution, VAR_CHANGE_REASON) == null) {
      throw new RefusedInput("refusal.change.reason");
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String cipher = text(execution, VAR_ID_NUMBER_CIPHER);
    if (cipher != null) {
      String idNumber;
      try {
        idNumber = idNumbers.decrypt(cipher);
      } catch (IllegalArgumentException e) {
        throw new RefusedInput("refusal.change.id-not-ours");
      }
      String checked = IdNumbers.checked(idNumber, child.birthDate());
      duplicates.refuseIdNumberOf(idNumbers.hash(checked), childId, user);
      execution.setVariable(VAR_ID_NUMBER_MASKED, IdNumbers.masked(checked));
    }
    execution.setVariable(VAR_PROPOSED_BY, user == null ? null : user.getUserId());
  }

  /** The jurisdiction guard, which runs first, has made sure it is a record number. */
  static long childId(DelegateExecution execution) {
    Object value = execution.getVariable(Jurisdiction.VAR_CHILD_ID);
    return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
