// The floor of a 1 s probe on each of N loopback services, in C: one thread, epoll, non-blocking
// sockets, checks spread over the second and started on a 20 ms grid, as Heal and its BareProber
// do. HTTP: connect, send a GET, read the first bytes of the answer, close. TCP: connect, close.
// keepalive: one connection per service kept open, a GET written on it each second and the answer
// drained (what reusing a probe's connection would cost; needs HTTP/1.1 servers). Nearly all of its
// CPU time is the kernel's. Usage: probe-floor http|tcp|keepalive PORT...
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}

// One kept-alive connection per service, reopened only when the server closed it.
static void keepalive(int n, int *ports) {
  const char *get = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  int *fds = calloc(n, sizeof(int));
  long long *due = calloc(n, sizeof(long long));
  long long start = now_ns();
  int ep = epoll_create1(0);
  struct epoll_event evs[256];
  static char buf[65536];
  for (int i = 0; i < n; i++) {
    fds[i] = -1;
    due[i] = start + (long long)i * 1000000000LL / n;
  }
  for (;;) {
    long long t = now_ns();
    for (int i = 0; i < n; i++) {
      if (due[i] - t > 0) continue;
      due[i] += 1000000000LL;
      if (fds[i] < 0) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(ports[i])};
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) { close(fd); continue; }
        struct epoll_event e = {.events = EPOLLIN, .data.u32 = (unsigned)i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
        fds[i] = fd;
      }
      if (write(fds[i], get, strlen(get)) < 0) { close(fds[i]); fds[i] = -1; }
    }
    long long next = (now_ns() / 20000000LL + 1) * 20000000LL;
    for (long long left; (left = next - now_ns()) > 0;) {
      int k = epoll_wait(ep, evs, 256, (int)((left + 999999) / 1000000));
      for (int j = 0; j < k; j++) {
        int i = (int)evs[j].data.u32;
        if (fds[i] >= 0 && read(fds[i], buf, sizeof buf) <= 0) { close(fds[i]); fds[i] = -1; }
      }
    }
  }
}

int main(int argc, char **argv) {
  if (strcmp(argv[1], "keepalive") == 0) {
    int n = argc - 2;
    int *ports = calloc(n, sizeof(int));
    for (int i = 0; i < n; i++) ports[i] = atoi(argv[i + 2]);
    keepalive(n, ports);
    return 0;
  }
  int http = strcmp(argv[1], "http") == 0;
  int n = argc - 2;
  int *ports = calloc(n, sizeof(int));
  long long *due = calloc(n, sizeof(long long));
  long long start = now_ns();
  for (int i = 0; i < n; i++) {
    ports[i] = atoi(argv[i + 2]);
    due[i] = start + (long long)i * 1000000000LL / n;
  }
  const char *get = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  int ep = epoll_create1(0);
  struct epoll_event evs[256];
  char buf[512];
  for (;;) {
    long long t = now_ns();
    for (int i = 0; i < n; i++) {
      if (due[i] - t > 0) continue;
      due[i] += 1000000000LL;
      int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
      struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(ports[i])};
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      int r = connect(fd, (struct sockaddr *)&a, sizeof a);
      if (r < 0 && errno != EINPROGRESS) { close(fd); continue; }
      if (!http) { close(fd); continue; }
      if (r < 0) {  // finish the connect: on loopback it is done by now
        int err = 0; socklen_t len = sizeof err;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err) { close(fd); continue; }
      }
      if (write(fd, get, strlen(get)) < 0) { close(fd); continue; }
      struct epoll_event e = {.events = EPOLLIN, .data.fd = fd};
      epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
    }
    long long next = (now_ns() / 20000000LL + 1) * 20000000LL;
    for (long long left; (left = next - now_ns()) > 0;) {
      int k = epoll_wait(ep, evs, 256, (int)((left + 999999) / 1000000));
      for (int j = 0; j < k; j++) {
        int fd = evs[j].data.fd;
        (void)!read(fd, buf, sizeof buf);
        close(fd);  // also leaves the epoll set
      }
    }
  }
}
