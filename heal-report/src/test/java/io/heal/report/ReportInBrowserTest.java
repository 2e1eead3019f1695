package io.heal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML report in Debian's headless Chromium, driven through its chromedriver, and looks
 * at it the way a person would: on a laptop and on a phone-sized screen. Screenshots are left in
 * {@code heal-report/target/screenshots/} for a person to look at.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages {@code
 * chromium}, {@code chromium-driver}) the tests are skipped, unless {@code HEAL_REQUIRE_BROWSER=1},
 * which {@code .ci/run} sets so that CI can never pass without having looked.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static String reportUrl;

  @BeforeAll
  static void openBrowser() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "1".equals(System.getenv("HEAL_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(
          "HEAL_REQUIRE_BROWSER=1 but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: apt-get install chromium chromium-driver");
    }
    assumeTrue(present, "no " + CHROMIUM + " and " + CHROMEDRIVER + ": browser tests skipped");

    Path report = dir.resolve("report.html");
    Files.writeString(
        report, IncidentReport.render("Heal demo", DemoIncidents.all(), Optional.empty()));
    reportUrl = report.toUri().toString();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            // a loaded CI runner may take a while to start the driver
            .withTimeout(java.time.Duration.ofSeconds(120))
            .build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void onALaptopEveryIncidentHasAWideTimelineAndNothingSpillsSideways() throws Exception {
    show(1280, 900);

    List<WebElement> cards = browser.findElements(By.cssSelector("section.card"));
    assertThat(cards).hasSize(DemoIncidents.all().size());
    for (WebElement card : cards) {
      WebElement timeline = card.findElement(By.cssSelector("svg.timeline"));
      assertThat(timeline.getSize().getWidth())
          .as("timeline width of %s", card.getAttribute("id"))
          .isGreaterThan(900);
    }
    assertNoSidewaysScrolling();
    screenshot("report-laptop");
  }

  @Test
  void onAPhoneThePageDoesNotSpillSidewaysAndStepMessagesUseTheFullWidth() throws Exception {
    show(400, 850);

    assertNoSidewaysScrolling();
    for (WebElement card : browser.findElements(By.cssSelector("section.card"))) {
      int cardWidth = card.getSize().getWidth();
      for (WebElement message : card.findElements(By.cssSelector("table.steps td:last-child"))) {
        assertThat(message.getSize().getWidth())
            .as("width of a step message in %s (card %d px)", card.getAttribute("id"), cardWidth)
            .isGreaterThan(cardWidth * 2 / 3);
      }
      // the timeline keeps a readable scale and scrolls inside its own box instead
      WebElement timeline = card.findElement(By.cssSelector("svg.timeline"));
      assertThat(timeline.getSize().getWidth()).isGreaterThanOrEqualTo(700);
    }
    screenshot("report-phone");
  }

  @Test
  void aRowOfTheSummaryTableTakesYouToItsIncident() {
    show(1280, 900);
    WebElement link = browser.findElement(By.cssSelector("table.summary a[href^='#incident-']"));
    String target = link.getAttribute("href").replaceFirst("^.*#", "");

    link.click();

    WebElement card = browser.findElement(By.id(target));
    Number top = (Number) script("return arguments[0].getBoundingClientRect().top;", card);
    assertThat(top.doubleValue()).as("top of #%s after the click", target).isBetween(-1.0, 50.0);
  }

  private static void show(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    browser.get(reportUrl);
  }

  private static void assertNoSidewaysScrolling() {
    Number page = (Number) script("return document.documentElement.scrollWidth;");
    Number viewport = (Number) script("return document.documentElement.clientWidth;");
    assertThat(page.intValue())
        .as("page width vs viewport")
        .isLessThanOrEqualTo(viewport.intValue());
  }

  private static Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  /** Saves the first screen as {@code NAME-top.png} and the whole page as {@code NAME.png}. */
  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + "-top.png"), browser.getScreenshotAs(OutputType.BYTES));
    Number height = (Number) script("return document.documentElement.scrollHeight;");
    Dimension size = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(size.getWidth(), height.intValue() + 140));
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
