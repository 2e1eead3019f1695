package com.acme.geometry;

import java.util.List;

/** A simple (non self-intersecting) polygon given by its vertices in order. */
public final class Polygon {

  private final List<Point> vertices;

  public Polygon(List<Point> vertices) {
    if (vertices.size() < 3) {
      throw new IllegalArgumentException("a polygon needs at least 3 vertices, got " + vertices.size());
    }
    this.vertices = List.copyOf(vertices);
  }

  public double area() {
    return Math.abs(signedArea());
  }

  /** Positive when the vertices run counter-clockwise. */
  public boolean isCounterClockwise() {
    return signedArea() > 0;
  }

  public double perimeter() {
    double sum = 0;
    int n = vertices.size();
    for (int i = 0; i < n; i++) {
      sum += vertices.get(i).distanceTo(vertices.get((i + 1) % n));
    }
    return sum;
  }

  private double signedArea() {
    double sum = 0;
    int n = vertices.size();
    for (int i = 0; i < n; i++) {
      Point p = vertices.get(i);
      Point q = vertices.get((i + 1) % n);
      sum += p.x() * q.y() + q.x() * p.y();
    }
    return sum / 2;
  }
}
