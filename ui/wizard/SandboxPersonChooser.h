#pragma once

#include "altinn/SandboxControlClient.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * "Approve as": the made-up persons of the customer organisation in the sandbox
 * (docs/sandbox.md#who-approves) — the access manager first, then the general manager without the
 * access-manager role and the access manager who lacks the first right asked for. Loaded from the control
 * API when the organisation is set, in the background (a newer organisation cancels the load), and kept
 * per organisation for the session.
 */
class SandboxPersonChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxPersonChooser(WizardContext *context, QWidget *parent = nullptr);
    ~SandboxPersonChooser() override;

    /// Shows the persons of @p orgNo, loading them unless known.
    void setOrganisation(const QString &orgNo);
    /// The chosen person; nullopt while loading or after a failed load (the sandbox then acts as its default
    /// approver).
    std::optional<Altinn::SandboxPerson> currentPerson() const;
    /// The chosen person's id; empty when none is chosen.
    QString currentPersonId() const;
    bool isLoading() const { return !m_loading.isNull(); }
    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    /// Another person was chosen, or the list was (re)loaded.
    void currentPersonChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void cancelLoad();
    void fill();
    QString labelFor(const Altinn::SandboxPerson &person) const;

    WizardContext *m_context;
    QLabel *m_label;
    QComboBox *m_combo;
    QLabel *m_message;
    QString m_orgNo;
    QHash<QString, QList<Altinn::SandboxPerson>> m_cache; ///< by organisation number
    QPointer<Altinn::ApiOperation> m_loading;
};
