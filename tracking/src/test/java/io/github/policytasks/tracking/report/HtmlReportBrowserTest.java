package io.github.policytasks.tracking.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.seeds.Seeds;
import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.ActualsReader;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.AttainmentStatus;
import io.github.policytasks.tracking.PlanAttainment;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The seed plan's HTML report, with a set of actuals, opened in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, driven by Selenium; {@code .ci/run} installs them).
 * Without them the test fails saying so: it never skips silently.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ACTUALS = "targetId,实际完成\n"
      + "t1.g1,5家\nt1.g2,3家\nt3.g1,86家\nt6.g2,148.6亿元\nt19.g1,52万千瓦\nt47.g1,1540000亩\n"
      + "t49.g1,13.2万亩\nt49.g2,10项\nt73.g4,63.9%\nt36.g1,3部\n";

  private static ChromeDriver driver;
  private static PlanAttainment attainment;
  private static Path report;

  @BeforeAll
  static void openReport() throws Exception {
    assertThat(CHROMIUM).as("Chromium is needed: apt-get install -y chromium chromium-driver "
        + "(.ci/run installs it)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver is needed: apt-get install -y chromium-driver")
        .isExecutable();
    Plan seed = Seeds.jiaxiang2023();
    Actuals actuals = ActualsReader.standard().readText(ACTUALS, "actuals.csv");
    attainment = AttainmentChecker.standard().check(seed, actuals);
    Path target = Path.of("target");
    Files.createDirectories(target);
    report = target.resolve("seed-report.html").toAbsolutePath();
    Files.writeString(report, new HtmlReport().render(attainment), StandardCharsets.UTF_8);

    Path profile = Files.createTempDirectory(target, "chromium-profile").toAbsolutePath();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.get(report.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void report_opensWithoutConsoleErrors_andHoldsEveryTaskAndTarget() throws Exception {
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(errors).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#ledger tr.task"))).hasSize(76);
    assertThat(driver.findElements(By.cssSelector("#ledger td.target"))).hasSize(144);
    for (AttainmentStatus status : AttainmentStatus.values()) {
      assertThat(driver.findElements(
          By.cssSelector("#ledger td.target[data-status='" + status + "']")))
          .as(status.name()).hasSize(attainment.count(status));
    }
    assertThat(attainment.count(AttainmentStatus.MET)).isEqualTo(3);
    assertThat(attainment.count(AttainmentStatus.EXCEEDED)).isEqualTo(4);
    assertThat(attainment.count(AttainmentStatus.SHORT)).isEqualTo(2);
    assertThat(attainment.count(AttainmentStatus.NOT_COMPARABLE)).isEqualTo(1);
    assertThat(driver.findElements(By.cssSelector("svg.chart"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("svg.chart rect.seg")).size())
        .isGreaterThan(35);
    assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("144 targets shown");

    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path png = Path.of("target", "seed-report.png");
    Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void filter_narrowsTheRows_byLeadUnitAndStatus() {
    new Select(driver.findElement(By.id("unit"))).selectByVisibleText("县科技局");
    int science = visibleTargets();
    assertThat(driver.findElement(By.id("shown")).getText())
        .isEqualTo(Seeds.jiaxiang2023().targetsLedBy("县科技局").size() + " targets shown");
    assertThat(science).isLessThan(144).isGreaterThan(0);

    new Select(driver.findElement(By.id("status"))).selectByValue("SHORT");
    long shortOfScience = attainment.targets().stream()
        .filter(t -> t.status() == AttainmentStatus.SHORT && t.task() != null
            && t.task().isLedBy("县科技局")).count();
    assertThat(shortOfScience).isEqualTo(2);
    assertThat(driver.findElement(By.id("shown")).getText())
        .isEqualTo(shortOfScience + " targets shown");
    assertThat(visibleTargets())
        .as("a task row shown only for its task and unit cells shows none of its own targets")
        .isEqualTo((int) shortOfScience);

    new Select(driver.findElement(By.id("unit"))).selectByVisibleText("all");
    new Select(driver.findElement(By.id("status"))).selectByVisibleText("未报送 not reported");
    assertThat(driver.findElement(By.id("shown")).getText())
        .isEqualTo(attainment.count(AttainmentStatus.NOT_REPORTED) + " targets shown");
    new Select(driver.findElement(By.id("status"))).selectByVisibleText("all");
    assertThat(visibleTargets()).isEqualTo(144);
  }

  private static int visibleTargets() {
    int n = 0;
    for (WebElement cell : driver.findElements(By.cssSelector("#ledger td.target"))) {
      if (cell.isDisplayed()) {
        n++;
      }
    }
    return n;
  }

}
