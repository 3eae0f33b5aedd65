package org.careflow.app.staff;

import java.util.List;
import java.util.Locale;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.pages.PageUser;
import org.careflow.app.region.Region;
import org.careflow.contract.StaffOnboarding;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** /pages/staff: who in the county performs and who needs support, for its civil-affairs officers and managers. */
@Controller
@CareFlowPage
class StaffPageController {

  record CountyStaff(Region county, List<StaffPerformance.StaffRecord> staff) {
  }

  private final CountyOversight oversight;
  private final StaffPerformance performance;
  private final MessageSource messages;

  StaffPageController(CountyOversight oversight, StaffPerformance performance, MessageSource messages) {
    this.oversight = oversight;
    this.performance = performance;
    this.messages = messages;
  }

  @GetMapping("/pages/staff")
  String staff(@ModelAttribute("currentUser") PageUser user, Model model, Locale locale) {
    PageTexts texts = new PageTexts(messages, locale);
    List<Region> counties = oversight.countiesOf(user.groups());
    if (counties.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a county's civil-affairs officers and managers see its staff");
    }
    model.addAttribute("counties", counties.stream()
        .map(county -> new CountyStaff(county, performance.ofCounty(county.code(), texts))).toList());
    model.addAttribute("supportBelowPercent", StaffPerformance.SUPPORT_BELOW_PERCENT);
    model.addAttribute("performsFromPercent", StaffPerformance.PERFORMS_FROM_PERCENT);
    model.addAttribute("deadlinesToJudge", StaffPerformance.DEADLINES_TO_JUDGE);
    model.addAttribute("deadlinesToReward", StaffPerformance.DEADLINES_TO_REWARD);
    model.addAttribute("refresherLeadDays", StaffOnboarding.REFRESHER_LEAD_DAYS);
    return "pages/staff";
  }
}
