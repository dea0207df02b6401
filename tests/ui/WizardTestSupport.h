#pragma once

// Shared by the wizard's GUI tests: a clean profile/draft location and the in-process sandbox.

#include "sandbox/SandboxHost.h"
#include "workspace/CustomerLedger.h"
#include "workspace/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace WizardTestSupport {

/// Forgets every profile and draft of earlier test functions (QStandardPaths test mode must be on).
inline void clearWorkspace()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    QFile::remove(ProfileStore::defaultFilePath());
    QDir(CustomerLedger::defaultDirectory()).removeRecursively();
}

/// Starts @p host and waits until it answers; false when it failed.
inline bool startSandbox(SandboxHost &host)
{
    QSignalSpy started(&host, &SandboxHost::started);
    host.start();
    return started.wait(15000) || host.isRunning();
}

} // namespace WizardTestSupport
