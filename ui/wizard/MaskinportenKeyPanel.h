#pragma once

#include "onboarding/KeyEnrolmentFlow.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class MaskinportenKeyDetails;
class OperationStatus;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * The Maskinporten page's "Key" section: generate a key (off the UI thread) or import one (PEM, JWK,
 * PKCS#12 — file dialog or drop), asking before a key is replaced; the key goes to the keychain or,
 * by choice, memory for this run only. The work is Onboarding::KeyEnrolmentFlow's: this panel asks,
 * shows progress and the outcome, and offers "this run only" when the keychain cannot take the key.
 */
class MaskinportenKeyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MaskinportenKeyPanel(WizardContext *context, QWidget *parent = nullptr);

    /// Reads and imports the key in @p path (what the file dialog and a drop do).
    void importKeyFile(const QString &path);
    bool isBusy() const { return m_flow->isRunning(); }
    bool canImport() const;
    void refresh();
    /// Enables what may be used now; @p pageBusy: something on the page is running.
    void updateEnabled(bool pageBusy);
    void clearStatus();
    /// The panel's inputs in the order a keyboard user meets them.
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void busyChanged();
    /// The profile has a new key (or its key a new id).
    void keyInstalled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void confirmReplacingKey(std::function<void()> then);
    void startGenerating();
    void chooseKeyFile();
    void importKeyContents(const QByteArray &contents, const QByteArray &passphrase);
    void askPassphrase(const QString &message, std::function<void(const QByteArray &)> then);
    void changeKid(const QString &kid);
    void install(const Onboarding::KeyEnrolmentFlow::NewKey &key, bool persistent);
    void showProgress(Onboarding::KeyEnrolmentFlow::Step step);
    void finished(const Onboarding::KeyEnrolmentFlow::Outcome &outcome);
    void cancelled(const QString &message);

    WizardContext *m_context;
    Onboarding::KeyEnrolmentFlow *m_flow;
    QLabel *m_heading;
    MaskinportenKeyDetails *m_details;
    QLabel *m_keySizeLabel;
    QComboBox *m_keySizeComboBox;
    QPushButton *m_generateButton;
    QPushButton *m_importButton;
    QCheckBox *m_runOnlyCheckBox;
    QLabel *m_dropHint;
    OperationStatus *m_keyStatus;
    QPushButton *m_useRunOnlyButton;
    /// The key the keychain refused, for "this run only".
    std::optional<Onboarding::KeyEnrolmentFlow::NewKey> m_unstoredKey;
    bool m_persistent = true; ///< where the running enrolment puts the key
    int m_bits = 2048; ///< of the key being generated
};
