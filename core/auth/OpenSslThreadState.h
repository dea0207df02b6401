#pragma once

/**
 * Frees what OpenSSL keeps per thread (the thread's random generators, its error queue) on the thread
 * that calls it. Call it last on every worker thread that used OpenSSL.
 *
 * Why not leave it to OpenSSL: it frees that state from a thread-exit destructor, which runs only after
 * QThread::wait() has already returned to the waiting thread. A program that stops such a thread and
 * then exits can reach OpenSSL's exit handler first; the handler removes the destructor and the state is
 * never freed (LeakSanitizer found it so in TestProfilePage and TestOnboardingWizard, once each).
 */
void releaseOpenSslThreadState();
