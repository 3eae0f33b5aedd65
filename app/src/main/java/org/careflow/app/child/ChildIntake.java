package org.careflow.app.child;

import static org.careflow.contract.ProtectionCase.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.FosterCare;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * Start listener of a case about a child (protection, foster care): the report names a registered child by record number, or a
 * child not yet registered by name, date of birth and village, who is registered now (the same
 * child is not registered twice). Sets the child's age and the date the child turns 18, when the
 * case closes at the latest. Runs in the start's transaction: a refused report registers nobody.
 */
@Component(DelegateBeans.CHILD_INTAKE)
class ChildIntake implements ExecutionListener {

  static final int ADULT_AGE = 18;

  private final ChildRepository children;
  private final RegionRepository regions;

  ChildIntake(ChildRepository children, RegionRepository regions) {
    this.children = children;
    this.regions = regions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReportText.check(execution);
    Child child = hasValue(execution.getVariable(Jurisdiction.VAR_CHILD_ID))
        ? registered(execution.getVariable(Jurisdiction.VAR_CHILD_ID))
        : registerNew(execution);
    LocalDate adultOn = child.birthDate().plusYears(ADULT_AGE);
    if (!adultOn.isAfter(LocalDate.now())) {
      throw new RefusedInput("refusal.child.adult", child.id(), ADULT_AGE);
    }
    execution.setVariable(Jurisdiction.VAR_CHILD_ID, child.id());
    // the child's name and birth date are in careflow.child now; the engine keeps the record's id
    execution.removeVariable(VAR_NEW_CHILD_NAME);
    execution.removeVariable(VAR_NEW_CHILD_BIRTH_DATE);
    execution.setVariable(VAR_CHILD_ADULT_ON, adultOn + "T00:00:00");
    execution.setVariable(FosterCare.IN_CHILD_AGE, Period.between(child.birthDate(), LocalDate.now()).getYears());
  }

  private Child registered(Object childId) {
    long id;
    try {
      id = childId instanceof Number number ? number.longValue() : Long.parseLong(childId.toString().trim());
    } catch (NumberFormatException e) {
      throw new RefusedInput("refusal.child-id.not-a-number", childId);
    }
    return children.find(id).orElseThrow(() -> new RefusedInput("refusal.child.not-in-jurisdiction", id));
  }

  private Child registerNew(DelegateExecution execution) {
    Object name = execution.getVariable(VAR_NEW_CHILD_NAME);
    Object birth = execution.getVariable(VAR_NEW_CHILD_BIRTH_DATE);
    Object village = execution.getVariable(Jurisdiction.VAR_VILLAGE);
    if (!hasValue(name) || !hasValue(birth) || !hasValue(village)) {
      throw new RefusedInput("refusal.report.name-the-child");
    }
    String villageCode = village.toString().trim();
    if (regions.chainOf(villageCode).isEmpty()) {
      throw new RefusedInput("refusal.village.unknown", villageCode);
    }
    LocalDate birthDate = birthDate(birth.toString());
    String fullName = name.toString().trim();
    return children.findByNameAndBirthDate(fullName, birthDate, villageCode)
        .orElseGet(() -> children.find(children.insert(fullName, birthDate, villageCode)).orElseThrow());
  }

  private static LocalDate birthDate(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RefusedInput("refusal.birth-date.not-a-date", text);
    }
    if (date.isAfter(LocalDate.now())) {
      throw new RefusedInput("refusal.birth-date.future", date);
    }
    return date;
  }

  private static boolean hasValue(Object value) {
    return value != null && !value.toString().isBlank();
  }
}
