package io.github.mediaplayer;

/** Volume of the player, always within {@link #MIN}..{@link #MAX}. */
public final class VolumeControl {

  public static final int MIN = 0;
  public static final int MAX = 100;

  private int level;
  private boolean muted;

  public VolumeControl(int initial) {
    if (initial < MIN || initial > MAX) {
      throw new IllegalArgumentException("initial volume must be in 0..100: " + initial);
    }
    this.level = initial;
  }

  /** Sets the volume, clamping out-of-range values. */
  public void set(int value) {
    level = Math.max(MIN, Math.min(MAX, value));
  }

  /** Changes the volume by {@code delta} (e.g. +5 per key press) and unmutes. */
  public int adjust(int delta) {
    level = level + delta;
    muted = false;
    return level;
  }

  public void toggleMute() {
    muted = !muted;
  }

  /** The level actually sent to the audio device. */
  public int effectiveLevel() {
    return muted ? 0 : level;
  }
}
