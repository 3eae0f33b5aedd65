package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages speak Chinese unless English is chosen: with no Accept-Language, or one asking for
 * another language, a page is Chinese; {@code ?lang=en} (the nav's switch) makes it English and
 * the cookie keeps the choice; {@code ?lang=zh} goes back. Dates are written as each language does.
 */
class PageLanguageTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDashboardIsChineseUntilEnglishIsChosenAndStaysAsChosen() {
    PageSession manager = PageSession.signedIn(port, "manager.qingshan", null);

    String chinese = manager.get("/pages/dashboard").body();
    assertThat(chinese).contains("<html lang=\"zh\">", "<h1>工作看板 · 青山县</h1>", "<h2>在办案件（按办理阶段）</h2>",
        ">儿童档案</a>", ">退出登录</button>")
        .contains("href=\"/pages/dashboard?lang=en\" lang=\"en\">English</a>")
        .doesNotContain("Open cases", "Sign out");

    String english = manager.get("/pages/dashboard?lang=en").body();
    assertThat(english).contains("<html lang=\"en\">", "<h1>Dashboard · 青山县</h1>", "<h2>Open cases by stage</h2>",
        ">Children</a>", ">Sign out</button>", "href=\"/pages/dashboard?lang=zh\" lang=\"zh\">中文</a>")
        .doesNotContain("在办案件（按办理阶段）");
    assertThat(manager.get("/pages/staff").body()).as("the choice is kept").contains("<h1>Child directors and supervisors</h1>");

    assertThat(manager.get("/pages/staff?lang=zh").body()).contains("<h1>儿童主任和儿童督导员</h1>");
    assertThat(manager.get("/pages/dashboard").body()).contains("<h1>工作看板 · 青山县</h1>");
  }

  @Test
  void aBrowserAskingForEnglishFirstGetsEnglishAndAnyOtherLanguageChinese() {
    assertThat(PageSession.signedIn(port, "director.lianhua", "en-US,en;q=0.9,zh-CN;q=0.5").get("/pages/children").body())
        .contains("<h1>Find a child</h1>", "placeholder=\"Name or ID number\"");
    assertThat(PageSession.signedIn(port, "director.lianhua", "fr-FR,fr;q=0.9").get("/pages/children").body())
        .contains("<h1>查找儿童</h1>", "placeholder=\"姓名或身份证号\"");
  }

  @Test
  void aChildsPageWritesItsDatesAsEachLanguageDoes() {
    Map<String, Object> child = jdbc.queryForMap("select id, birth_date from careflow.child where full_name = '刘小雨'");
    java.time.LocalDate born = ((java.sql.Date) child.get("birth_date")).toLocalDate();
    String path = "/pages/children/" + child.get("id");

    String chinese = PageSession.signedIn(port, "director.lianhua", "zh-CN").get(path).body();
    assertThat(chinese).contains("<dt>出生日期</dt>", born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日",
        "<h2>档案记录</h2>", "登记入儿童信息库", "农村留守儿童");
    String english = PageSession.signedIn(port, "director.lianhua", "en").get(path).body();
    assertThat(english).contains("<dt>Date of birth</dt>", born.toString(), "<h2>Timeline</h2>",
        "Registered in the children&#39;s registry", "Left-behind child");
  }

  @Test
  void theSignInPageAndItsRefusalAreChineseToo() {
    PageSession nobody = new PageSession(port, null);
    assertThat(nobody.get("/pages/login").body()).contains("<html lang=\"zh\">", "用户名", "密码", ">登录</button>",
        "href=\"/pages/login?lang=en&amp;next=/pages\"");
    // a user name of no one's: a wrong password slows the next sign-in of that user
    assertThat(nobody.post("/pages/login", Map.of("username", "no.such.user", "password", "wrong")).body())
        .contains("用户名或密码错误。");
  }

  @Test
  void theDashboardsCsvHasItsHeaderInTheReadersLanguage() {
    assertThat(PageSession.signedIn(port, "manager.qingshan", null).get("/pages/dashboard.csv").body())
        .startsWith("指标,分类,案件,儿童,乡镇,经办人,详情,数值\r\n").contains("在办案件,");
    assertThat(PageSession.signedIn(port, "manager.qingshan", "en").get("/pages/dashboard.csv").body())
        .startsWith("figure,category,case,child,township,person,detail,value\r\n").contains("Open cases,");
  }

  @Test
  void aPageThatDoesNotExistAndARefusedRegistrationAreSaidInTheReadersLanguage() {
    PageSession chinese = PageSession.signedIn(port, "director.lianhua", "zh-CN");
    var missing = chinese.getAsBrowser("/pages/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<html lang=\"zh\">", "<h1>出错了</h1>", "没有找到这个页面。").doesNotContain("Whitelabel");
    assertThat(PageSession.signedIn(port, "director.lianhua", "en").getAsBrowser("/pages/no-such-page").body())
        .contains("<h1>Something went wrong</h1>", "There is no such page.");

    long children = jdbc.queryForObject("select count(*) from careflow.child", Long.class);
    var refused = chinese.postFromPage("/pages/children/new", "/pages/children", Map.of("fullName", "刘小冬",
        "birthDate", "2031-01-01", "villageCode", "lianhua", "category", "LEFT_BEHIND", "householdRegistration", "REGISTERED",
        "disability", "NONE", "schoolStatus", "IN_SCHOOL"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("儿童出生日期 2031-01-01 晚于今天").doesNotContain("is in the future");
    assertThat(jdbc.queryForObject("select count(*) from careflow.child", Long.class)).isEqualTo(children);
  }
}
