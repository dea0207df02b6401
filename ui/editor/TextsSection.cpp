#include "editor/TextsSection.h"

#include "editor/EditorSupport.h"
#include "editor/LocalizedTextsEditor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TextsSection::TextsSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(EditorSupport::makeHeading(this, u"textsHeading"_s))
    , m_textsEditor(new LocalizedTextsEditor(this))
{
    setObjectName(u"textsSection"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_textsEditor);
    retranslateUi();
}

void TextsSection::applyTo(Altinn::LocalizedText &name, Altinn::LocalizedText &description) const
{
    const Altinn::LocalizedText names = m_textsEditor->name();
    const Altinn::LocalizedText descriptions = m_textsEditor->description();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        name.insert(it.key(), it.value());
    for (auto it = descriptions.constBegin(); it != descriptions.constEnd(); ++it)
        description.insert(it.key(), it.value());
}

void TextsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TextsSection::retranslateUi()
{
    // The editor's translation context (see IdentitySection.cpp).
    m_heading->setText(QCoreApplication::translate("SystemDefinitionEditor", "Name and description"));
}
