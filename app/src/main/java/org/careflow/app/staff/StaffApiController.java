package org.careflow.app.staff;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.pages.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The staff view as JSON, e.g. for a county's own reporting: GET /api/staff. */
@RestController
class StaffApiController {

  private final IdentityService identity;
  private final CountyOversight oversight;
  private final StaffPerformance performance;
  /** The API speaks English, whoever calls it. */
  private final PageTexts english;

  StaffApiController(IdentityService identity, CountyOversight oversight, StaffPerformance performance,
      MessageSource messages) {
    this.identity = identity;
    this.oversight = oversight;
    this.performance = performance;
    this.english = new PageTexts(messages, Locale.ENGLISH);
  }

  @GetMapping("/api/staff")
  List<StaffPerformance.StaffRecord> staff() {
    var user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    var counties = oversight.countiesOf(groups);
    if (counties.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a county's civil-affairs officers and managers see its staff");
    }
    return counties.stream().flatMap(county -> performance.ofCounty(county.code(), english).stream()).toList();
  }
}
