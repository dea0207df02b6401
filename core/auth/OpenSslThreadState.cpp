#include "auth/OpenSslThreadState.h"

#include <openssl/crypto.h>

void releaseOpenSslThreadState()
{
    OPENSSL_thread_stop();
}
