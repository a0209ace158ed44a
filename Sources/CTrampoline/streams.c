// Handing the code's three standard descriptors from one process to the next (SCM_RIGHTS):
// the caller to the supervisor with each request, the supervisor to the prepared worker with
// its go. Freestanding (see freestanding.h): the supervisor and the worker use it, and so does
// the caller, through the same raw system calls.

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <sys/socket.h>
#include <sys/syscall.h>

JITTER_FREESTANDING long jitter_send_streams(int fd, char kind, const int streams[3]) {
    char byte = kind;
    struct iovec vector;
    vector.iov_base = &byte;
    vector.iov_len = 1;
    union {
        char buffer[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } message_control;
    jitter_zero(&message_control, sizeof message_control);
    struct msghdr message;
    jitter_zero(&message, sizeof message);
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    message.msg_control = message_control.buffer;
    message.msg_controllen = sizeof message_control.buffer;
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(3 * sizeof(int));
    jitter_copy(CMSG_DATA(header), streams, 3 * sizeof(int));
    long sent;
    do {
        sent = jitter_syscall6(SYS_sendmsg, fd, (long)&message, MSG_NOSIGNAL, 0, 0, 0);
    } while (sent == -EINTR);
    return sent;
}

JITTER_FREESTANDING int jitter_receive_streams(int fd, int streams[3]) {
    char byte;
    struct iovec vector;
    vector.iov_base = &byte;
    vector.iov_len = 1;
    union {
        char buffer[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } message_control;
    for (;;) {
        struct msghdr message;
        jitter_zero(&message, sizeof message);
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        message.msg_control = message_control.buffer;
        message.msg_controllen = sizeof message_control.buffer;
        long received = jitter_syscall3(SYS_recvmsg, fd, &message, 0);
        if (received == -EINTR) continue;
        if (received <= 0) return 0;
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        // A message without exactly three descriptors is not from `jitter_send_streams`.
        if (!header || header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS
            || header->cmsg_len != CMSG_LEN(3 * sizeof(int))) {
            return 0;
        }
        jitter_copy(streams, CMSG_DATA(header), 3 * sizeof(int));
        return 1;
    }
}
