#include "editor/AccessSection.h"

#include "editor/EditorSupport.h"
#include "editor/StringListEditor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using EditorSupport::trEditor;

AccessSection::AccessSection(QWidget *parent)
    : QWidget(parent)
    , m_clientIdsHeading(EditorSupport::makeHeading(this, u"clientIdsHeading"_s))
    , m_clientIdsHintLabel(EditorSupport::makeHint(this, u"clientIdsHintLabel"_s))
    , m_clientIdsEditor(new StringListEditor(u"clientId"_s, this))
    , m_redirectHeading(EditorSupport::makeHeading(this, u"redirectUrlsHeading"_s))
    , m_redirectHintLabel(EditorSupport::makeHint(this, u"redirectUrlsHintLabel"_s))
    , m_redirectEditor(new StringListEditor(u"redirectUrl"_s, this))
    , m_visibilityHeading(EditorSupport::makeHeading(this, u"visibilityHeading"_s))
    , m_visibilityCheckBox(new QCheckBox(this))
    , m_visibilityExplanationLabel(EditorSupport::makeHint(this, u"visibilityExplanationLabel"_s))
{
    setObjectName(u"accessSection"_s);
    m_clientIdsHeading->setBuddy(m_clientIdsEditor);
    m_redirectHeading->setBuddy(m_redirectEditor);
    m_visibilityCheckBox->setObjectName(u"visibilityCheckBox"_s);
    m_visibilityExplanationLabel->setProperty("role", u"explanation"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_clientIdsHeading);
    layout->addWidget(m_clientIdsHintLabel);
    layout->addWidget(m_clientIdsEditor);
    layout->addSpacing(10);
    layout->addWidget(m_redirectHeading);
    layout->addWidget(m_redirectHintLabel);
    layout->addWidget(m_redirectEditor);
    layout->addSpacing(10);
    layout->addWidget(m_visibilityHeading);
    layout->addWidget(m_visibilityCheckBox);
    layout->addWidget(m_visibilityExplanationLabel);

    connect(m_clientIdsEditor, &StringListEditor::changed, this,
        [this] { Q_EMIT clientIdsChanged(m_clientIdsEditor->items()); });
    connect(m_redirectEditor, &StringListEditor::changed, this,
        [this] { Q_EMIT redirectUrlsChanged(m_redirectEditor->items()); });
    connect(m_visibilityCheckBox, &QCheckBox::toggled, this, &AccessSection::visibilityToggled);
    retranslateUi();
}

void AccessSection::setVisibility(bool visible, const QStringList &clientPackages)
{
    m_clientPackages = clientPackages;
    {
        const QSignalBlocker blocker(m_visibilityCheckBox);
        m_visibilityCheckBox->setChecked(visible);
    }
    // It can always be turned off, but not on while such packages are chosen.
    m_visibilityCheckBox->setEnabled(clientPackages.isEmpty() || visible);
    updateExplanation();
}

void AccessSection::setMessages(const QHash<int, QString> &clientIdMessages,
    const QHash<int, QString> &redirectMessages, const QString &visibilityMessage)
{
    m_clientIdsEditor->setMessages(clientIdMessages);
    m_redirectEditor->setMessages(redirectMessages);
    m_visibilityCheckBox->setToolTip(visibilityMessage);
    EditorSupport::setInvalid(m_visibilityCheckBox, !visibilityMessage.isEmpty());
}

void AccessSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccessSection::retranslateUi()
{
    m_clientIdsHeading->setText(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Maskinporten &client ids")));
    m_clientIdsHintLabel->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor",
        "The Maskinporten clients that may get system user tokens for this "
        "system. Your profile's client is filled in for a new system.")));
    m_clientIdsEditor->setTexts(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Add client id")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Client id %1")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Remove client id %1")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor",
            "No client id yet: nobody can get a token for this system until you add one.")));
    m_redirectHeading->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Redirect &URLs")));
    m_redirectHintLabel->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor",
        "Optional. Where Altinn may send the customer after they approve a "
        "request. Only https:// addresses are accepted.")));
    m_redirectEditor->setTexts(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Add redirect URL")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "https://example.com/altinn/callback")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Redirect URL %1")),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Remove redirect URL %1")), QString());
    m_visibilityHeading->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Visibility")));
    m_visibilityCheckBox->setText(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "&Visible in Altinn")));
    m_visibilityCheckBox->setAccessibleName(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Visible in Altinn")));
    updateExplanation();
}

void AccessSection::updateExplanation()
{
    const bool visible = m_visibilityCheckBox->isChecked();
    const QString names = QLocale().createSeparatedList(m_clientPackages);
    QString explanation;
    if (m_clientPackages.isEmpty()) {
        explanation = trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor",
            "When on, customers can find the system in Altinn and create a system user for it "
            "themselves. When off, a system user is only created from a request you send."));
    } else if (!visible) {
        explanation = trEditor(
            QT_TRANSLATE_NOOP("SystemDefinitionEditor",
                "Off, because the system has client-relationship packages (%1). Customers cannot pick "
                "those themselves, so Altinn only accepts such a system when it is hidden; customers "
                "get it through a request from you."))
                          .arg(names);
    } else {
        explanation =
            trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor",
                         "Turn this off: the system has client-relationship packages (%1), and Altinn only "
                         "accepts such a system when it is hidden."))
                .arg(names);
    }
    m_visibilityExplanationLabel->setText(explanation);
    m_visibilityCheckBox->setAccessibleDescription(explanation);
}
