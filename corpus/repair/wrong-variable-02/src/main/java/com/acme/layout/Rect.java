package com.acme.layout;

import java.util.Optional;

/** Axis-aligned integer rectangle; (x, y) is the top-left corner, y grows downwards. */
public record Rect(int x, int y, int width, int height) {

  public Rect {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative size " + width + "x" + height);
    }
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }

  public int area() {
    return width * height;
  }

  public boolean contains(int px, int py) {
    return px >= x && px < right() && py >= y && py < bottom();
  }

  /** The common part of both rectangles, empty if they do not overlap. */
  public Optional<Rect> intersection(Rect o) {
    int left = Math.max(x, o.x);
    int top = Math.max(y, o.y);
    int right = Math.min(right(), o.right());
    int bottom = Math.min(bottom(), o.bottom());
    if (right <= left || bottom <= top) {
      return Optional.empty();
    }
    return Optional.of(new Rect(left, top, right - left, bottom - left));
  }
}
