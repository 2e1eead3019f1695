package io.heal.cli.demo;

import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineListener;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints engine events live, one line each: time since the demo began, the service, a mark and the
 * message. Colour only when writing to a terminal.
 */
public final class DemoConsole implements EngineListener {

  private final PrintStream out;
  private final Instant start;
  private final boolean colour;

  public DemoConsole(PrintStream out, Instant start, boolean colour) {
    this.out = out;
    this.start = start;
    this.colour = colour;
  }

  @Override
  public void onEvent(EngineEvent e) {
    String mark =
        switch (e.type()) {
          case DETECTED -> paint("31", "✖ saw    ");
          case DECIDED -> paint("33", "➜ chose  ");
          case ACTION -> paint("33", "⚙ did    ");
          case STARTED -> paint("36", "▶ start  ");
          case READY -> paint("32", "✔ ready  ");
          case RECOVERED -> paint("32;1", "✔ healed ");
          case ESCALATED -> paint("35;1", "⚑ escalated");
          case PROMOTED -> paint("32", "★ promoted");
          case STOPPED -> paint("90", "■ stopped");
          case NOTE -> paint("90", "· note   ");
        };
    line(e.at(), e.service(), mark + " " + e.message());
  }

  /** A line of the demo's own narration. */
  public void say(String text) {
    out.println();
    out.println(paint("1", text));
  }

  /** An indented line under the narration, stamped with the time since the start. */
  public void note(Instant at, String text) {
    line(at, "demo", paint("90", "· ") + text);
  }

  public void plain(String text) {
    out.println(text);
  }

  private synchronized void line(Instant at, String who, String text) {
    long ms = Math.max(0, Duration.between(start, at).toMillis());
    out.printf("  %3d.%03ds  %-7s %s%n", ms / 1000, ms % 1000, who, text);
  }

  String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
