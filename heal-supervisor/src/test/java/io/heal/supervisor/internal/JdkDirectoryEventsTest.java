package io.heal.supervisor.internal;

import java.nio.file.Path;

class JdkDirectoryEventsTest extends DirectoryEventsContract {

  @Override
  DirectoryEvents watch(Path dir) throws Exception {
    return JdkDirectoryEvents.watch(dir);
  }
}
