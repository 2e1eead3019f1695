package org.example.hr;

import java.util.ArrayList;
import java.util.List;

/** Reads the staff export: a header line, then {@code name,age,department} per line. */
public final class EmployeeCsv {

  private EmployeeCsv() {}

  public static List<Employee> parse(String csv) {
    List<Employee> out = new ArrayList<>();
    String[] lines = csv.split("\\R");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 3) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected 3 fields but found " + f.length);
      }
      out.add(new Employee(f[0].trim(), Integer.parseInt(f[1]), f[2].trim()));
    }
    return out;
  }

  public static double averageAge(List<Employee> staff) {
    return staff.stream().mapToInt(Employee::age).average().orElse(0);
  }
}
