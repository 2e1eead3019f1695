package io.heal.repair.run;

import io.heal.repair.TestId;
import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads Surefire's {@code TEST-*.xml} reports. */
public final class SurefireReports {

  private SurefireReports() {}

  /**
   * Parses every report in a directory; a missing directory gives no results.
   *
   * @param dir usually {@code target/surefire-reports}
   * @return one result per test case
   * @throws IOException when a report cannot be read or parsed
   */
  public static List<TestResult> read(Path dir) throws IOException {
    List<TestResult> results = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return results;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "TEST-*.xml")) {
      for (Path file : files) {
        results.addAll(parse(file));
      }
    }
    return results;
  }

  static List<TestResult> parse(Path file) throws IOException {
    List<TestResult> results = new ArrayList<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList cases =
          factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        String className = c.getAttribute("classname");
        String name = TestId.cleanMethod(c.getAttribute("name"));
        if (className.isBlank() || name.isBlank()) {
          continue;
        }
        TestId id = new TestId(className, name);
        Element failure = first(c, "failure");
        Element error = first(c, "error");
        if (failure != null || error != null) {
          Element e = failure != null ? failure : error;
          TestStatus status = failure != null ? TestStatus.FAILED : TestStatus.ERROR;
          results.add(
              new TestResult(
                  id,
                  status,
                  e.getAttribute("type"),
                  e.getAttribute("message"),
                  e.getTextContent()));
        } else if (first(c, "skipped") != null) {
          results.add(new TestResult(id, TestStatus.SKIPPED, "", "", ""));
        } else {
          results.add(TestResult.passed(id));
        }
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("surefire report " + file + ": cannot parse: " + e.getMessage(), e);
    }
    return results;
  }

  private static Element first(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }
}
