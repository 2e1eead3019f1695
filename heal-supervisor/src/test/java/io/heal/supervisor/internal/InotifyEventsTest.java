package io.heal.supervisor.internal;

import java.nio.file.Path;

class InotifyEventsTest extends DirectoryEventsContract {

  @Override
  DirectoryEvents watch(Path dir) throws Exception {
    return InotifyEvents.watch(dir);
  }
}
