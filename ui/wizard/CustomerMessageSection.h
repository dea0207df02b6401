#pragma once

#include "model/SystemDefinition.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/CustomerMessage.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class WizardContext;

/**
 * Page 6's message section: a ready-to-send message for the customer (CustomerMessage) in nb, nn or
 * en, to copy or open in the e-mail program. The system's name and the titles of what is asked for are
 * looked up in the background and fill in the text until the user edits it.
 */
class CustomerMessageSection : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerMessageSection(WizardContext *context, QWidget *parent = nullptr);

    /**
     * Starts over for @p request: the language of the user interface, a fresh text. @p knownSystem is
     * the request's system when the run already has it (else it is read from the register).
     */
    void setRequest(const std::optional<Altinn::SystemUserRequestResponse> &request,
        const QString &customerName, const std::optional<Altinn::SystemDefinition> &knownSystem);
    /// The message's language, as CustomerMessage::languageFromCode reads @p code ("nb", "nn", "en").
    void setLanguage(const QString &code);

    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Altinn::CustomerMessage::Language language() const;
    void loadSystemAndTitles();
    /// The vendor's name from the sandbox register when the profile has none.
    void loadVendorName();
    void loadPackageNames(const QString &language);
    void compose();
    void composeUnlessEdited();
    void copyMessage();
    void openInEmail();

    WizardContext *m_context;
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_languageLabel;
    QComboBox *m_languageComboBox;
    QLabel *m_subjectLabel;
    QLineEdit *m_subjectEdit;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_bodyEdit;
    QPushButton *m_copyButton;
    QPushButton *m_emailButton;

    std::optional<Altinn::SystemUserRequestResponse> m_request;
    QString m_customerName;
    std::optional<Altinn::SystemDefinition> m_system;
    QString m_systemFetching; ///< the system id whose fetch is out, so a second showing does not repeat it
    /// The vendor's org number and its name in the sandbox register.
    std::pair<QString, QString> m_registerVendor;
    QHash<QString, Altinn::LocalizedText> m_titles; ///< resource id or package URN → title per language
    QStringList m_packageLanguagesLoaded;
    bool m_composing = false;
    bool m_edited = false; ///< the user changed the text: do not overwrite it
};
