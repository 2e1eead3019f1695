package com.acme.geometry;

/** A point in the plane. */
public record Point(double x, double y) {

  public double distanceTo(Point o) {
    return Math.hypot(o.x - x, o.y - y);
  }
}
