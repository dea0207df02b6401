#pragma once

#include "auth/RsaKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class OperationStatus;
class QGridLayout;
class QLabel;
class QObject;
class QWidget;
class WizardContext;

/**
 * What the section widgets of the Maskinporten and profile pages share beyond common/Labels:
 * selectable value labels, and the current profile's facts several sections ask about.
 */
class WizardSection
{
    Q_DECLARE_TR_FUNCTIONS(WizardSection)

public:
    /// A label for a value the user may select and copy, but not tab to.
    static QLabel *valueLabel(const QString &objectName, QWidget *parent);

    /// Gives the label column (0) of every grid the width of the widest label among them, so the
    /// fields of sections stacked one under the other line up.
    static void alignLabelColumns(const QList<QGridLayout *> &grids);

    /// A Maskinporten client id: a UUID.
    static bool isClientIdValid(const QString &text);
    /// The current profile works against a sandbox (built in, or a local systemuser-sandbox).
    static bool isLocalEnvironment(const WizardContext *context);
    /// The current profile has a key that can be used now (a "this run only" key is gone after a restart).
    static bool hasUsableKey(const WizardContext *context);
    /// Runs @p then with the current profile's key, reading it from its store when it is not in memory
    /// (progress and problems in @p status); @p failed when it cannot be read. Nothing runs once
    /// @p receiver is gone.
    static void withSigningKey(WizardContext *context, QObject *receiver, OperationStatus *status,
        std::function<void(const RsaKey &)> then, std::function<void()> failed = {});
    /// For a page's destructor: no field of @p page reports editingFinished to anyone any more. A focused
    /// QLineEdit still emits it while its window, or an ancestor it is the focus proxy of, is destroyed
    /// (~QWidget takes the focus away), which would run section handlers on a page that is half gone.
    static void stopEditingSignals(QWidget *page);
};
