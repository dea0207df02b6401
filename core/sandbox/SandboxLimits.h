#pragma once

#include <QtGlobal>

/**
 * What clients may hold of the sandbox's HTTP port (docs/sandbox.md#limits). Beyond these the connection
 * gets a problem answer (408, 413, 431, 503) and is closed, so that idle, slow or oversized requests cannot
 * use up the process's file descriptors or memory. Tests lower them to see the limits quickly.
 */
struct SandboxLimits
{
    /// Open connections at once. At the cap a new connection closes the longest-idle one; when none is
    /// idle, it is refused (503) and accepting pauses until one closes. Never more than half the process's
    /// file descriptor limit.
    int maxConnections = 256;
    /// From a request's first byte to the end of its headers; then 408.
    int headerTimeoutMs = 10000;
    /// A keep-alive connection without a request is closed after this; a request body that stalls this
    /// long gets 408.
    int idleTimeoutMs = 30000;
    /// Request line and headers; more is 431. A sandbox token is about 1 KiB.
    qint64 maxHeaderBytes = qint64(32) * 1024;
    /// Request body (Content-Length, or the bytes of a chunked body); more is 413, answered before the
    /// body is read. The largest legitimate body, a system definition with every right and access package
    /// of the catalogue, is some tens of KiB.
    qint64 maxBodyBytes = qint64(1024) * 1024;
};
