// The messages that start a run: the caller's request to the supervisor, the supervisor's go
// to the prepared worker. Each is one byte, with the descriptor the code gets as its standard
// input when the run has input of its own (SCM_RIGHTS); without one, the code reads the
// /dev/null the worker already has. Standard output and error need no message: every worker
// inherits the supervisor's ends of the executor's output pipes. Freestanding (see
// freestanding.h): the supervisor and the worker use it, and so does the caller, through the
// same raw system calls.

#define _GNU_SOURCE
#include "freestanding.h"

#include <errno.h>
#include <sys/socket.h>
#include <sys/syscall.h>

JITTER_FREESTANDING long jitter_send_run(int fd, char kind, int input) {
    char byte = kind;
    struct iovec vector;
    vector.iov_base = &byte;
    vector.iov_len = 1;
    union {
        char buffer[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } message_control;
    jitter_zero(&message_control, sizeof message_control);
    struct msghdr message;
    jitter_zero(&message, sizeof message);
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    if (input >= 0) {
        message.msg_control = message_control.buffer;
        message.msg_controllen = sizeof message_control.buffer;
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        jitter_copy(CMSG_DATA(header), &input, sizeof input);
    }
    long sent;
    do {
        sent = jitter_syscall6(SYS_sendmsg, fd, (long)&message, MSG_NOSIGNAL, 0, 0, 0);
    } while (sent == -EINTR);
    return sent;
}

/// Receives one message whose kind is `kind` or `other` (0: none); returns its kind, or 0.
JITTER_FREESTANDING static int receive_run(int fd, char kind, char other, int *input, int flags) {
    char byte;
    struct iovec vector;
    vector.iov_base = &byte;
    vector.iov_len = 1;
    union {
        char buffer[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } message_control;
    for (;;) {
        struct msghdr message;
        jitter_zero(&message, sizeof message);
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        message.msg_control = message_control.buffer;
        message.msg_controllen = sizeof message_control.buffer;
        long received = jitter_syscall3(SYS_recvmsg, fd, &message, flags);
        if (received == -EINTR) continue;
        if (received <= 0) return 0;
        *input = -1;
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        if (header) {
            // Anything but one descriptor is not from `jitter_send_run` (and was closed by the
            // kernel if the control buffer could not hold it: MSG_CTRUNC).
            if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS
                || header->cmsg_len != CMSG_LEN(sizeof(int))) {
                return 0;
            }
            jitter_copy(input, CMSG_DATA(header), sizeof *input);
        }
        if ((message.msg_flags & MSG_CTRUNC) || byte == 0 || (byte != kind && byte != other)) {
            if (*input >= 0) jitter_syscall1(SYS_close, *input);
            return 0;
        }
        return byte;
    }
}

JITTER_FREESTANDING int jitter_receive_run(int fd, char kind, int *input) {
    return receive_run(fd, kind, 0, input, 0) != 0;
}

JITTER_FREESTANDING int jitter_receive_run_now(int fd, char kind, int *input) {
    return receive_run(fd, kind, JITTER_GO_WATCHED, input, MSG_DONTWAIT) != 0;
}

JITTER_FREESTANDING int jitter_receive_go(int fd, int *input) {
    return receive_run(fd, JITTER_GO, JITTER_GO_WATCHED, input, 0);
}
