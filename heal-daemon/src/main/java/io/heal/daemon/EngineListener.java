package io.heal.daemon;

/**
 * Receives engine events. Called on the engine thread, after the state change it reports and once
 * the records it reports are durable: must be quick and must not block or throw (an exception is
 * logged and ignored).
 */
@FunctionalInterface
public interface EngineListener {

  void onEvent(EngineEvent event);
}
