#include "editor/LocalizedTextsEditor.h"

#include "editor/EditorSupport.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

using EditorSupport::setInvalid;

LocalizedTextsEditor::LocalizedTextsEditor(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_copyHintLabel(new QLabel(this))
{
    setObjectName(u"localizedTextsEditor"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    // One row per language, name beside description: each field gets a good share of the width,
    // where three columns per field left names and descriptions too narrow to read (issue 14).
    grid->addWidget(m_nameLabel, 0, 1);
    grid->addWidget(m_descriptionLabel, 0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);

    const QStringList languages = Altinn::LocalizedTexts::requiredLanguages();
    QWidget *previous = nullptr;
    for (int row = 0; row < languages.size(); ++row) {
        const QString &language = languages.at(row);
        auto *header = new QLabel(this);
        header->setObjectName(language + u"LanguageLabel"_s);
        header->setProperty("role", u"columnHeading"_s);
        auto *nameEdit = new QLineEdit(this);
        nameEdit->setObjectName(language + u"NameEdit"_s);
        auto *descriptionEdit = new QPlainTextEdit(this);
        descriptionEdit->setObjectName(language + u"DescriptionEdit"_s);
        descriptionEdit->setTabChangesFocus(true);
        // Room for three lines: descriptions are a sentence or two.
        descriptionEdit->setFixedHeight(descriptionEdit->fontMetrics().lineSpacing() * 3 + 12);
        grid->addWidget(header, row + 1, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(nameEdit, row + 1, 1, Qt::AlignTop);
        grid->addWidget(descriptionEdit, row + 1, 2);
        m_languageLabels.insert(language, header);
        m_nameEdits.insert(language, nameEdit);
        m_descriptionEdits.insert(language, descriptionEdit);
        connect(nameEdit, &QLineEdit::textEdited, this, &LocalizedTextsEditor::changed);
        connect(descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
        if (previous)
            setTabOrder(previous, nameEdit);
        previous = nameEdit;
    }
    for (const QString &language : languages) {
        setTabOrder(previous, m_descriptionEdits.value(language));
        previous = m_descriptionEdits.value(language);
    }
    setTabOrder(previous, m_copyButton);

    m_nameLabel->setBuddy(m_nameEdits.value(u"nb"_s));
    m_descriptionLabel->setBuddy(m_descriptionEdits.value(u"nb"_s));
    m_copyButton->setObjectName(u"copyFromBokmalButton"_s);
    m_copyHintLabel->setObjectName(u"copyFromBokmalHintLabel"_s);
    m_copyHintLabel->setProperty("role", u"hint"_s);
    m_copyHintLabel->setWordWrap(true);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copyHintLabel, 1);
    grid->addLayout(copyRow, static_cast<int>(languages.size()) + 1, 1, 1, 2);

    connect(m_copyButton, &QPushButton::clicked, this, &LocalizedTextsEditor::copyFromBokmal);
    retranslateUi();
}

void LocalizedTextsEditor::setTexts(
    const Altinn::LocalizedText &name, const Altinn::LocalizedText &description)
{
    m_loading = true;
    for (auto it = m_nameEdits.constBegin(); it != m_nameEdits.constEnd(); ++it) {
        if (it.value()->text() != name.value(it.key()))
            it.value()->setText(name.value(it.key()));
    }
    for (auto it = m_descriptionEdits.constBegin(); it != m_descriptionEdits.constEnd(); ++it) {
        if (it.value()->toPlainText() != description.value(it.key()))
            it.value()->setPlainText(description.value(it.key()));
    }
    m_loading = false;
}

Altinn::LocalizedText LocalizedTextsEditor::name() const
{
    Altinn::LocalizedText text;
    for (auto it = m_nameEdits.constBegin(); it != m_nameEdits.constEnd(); ++it)
        text.insert(it.key(), it.value()->text());
    return text;
}

Altinn::LocalizedText LocalizedTextsEditor::description() const
{
    Altinn::LocalizedText text;
    for (auto it = m_descriptionEdits.constBegin(); it != m_descriptionEdits.constEnd(); ++it)
        text.insert(it.key(), it.value()->toPlainText());
    return text;
}

QWidget *LocalizedTextsEditor::input(Field field, const QString &language) const
{
    if (field == Field::Name)
        return m_nameEdits.value(language);
    return m_descriptionEdits.value(language);
}

void LocalizedTextsEditor::setMessage(Field field, const QString &language, const QString &message)
{
    QWidget *widget = input(field, language);
    if (!widget)
        return;
    widget->setToolTip(message);
    widget->setAccessibleDescription(message);
    setInvalid(widget, !message.isEmpty());
}

void LocalizedTextsEditor::copyFromBokmal()
{
    bool copied = false;
    const QString name = m_nameEdits.value(u"nb"_s)->text();
    const QString description = m_descriptionEdits.value(u"nb"_s)->toPlainText();
    m_loading = true;
    for (const QString &language : {u"nn"_s, u"en"_s}) {
        QLineEdit *nameEdit = m_nameEdits.value(language);
        if (nameEdit->text().trimmed().isEmpty() && !name.trimmed().isEmpty()) {
            nameEdit->setText(name);
            copied = true;
        }
        QPlainTextEdit *descriptionEdit = m_descriptionEdits.value(language);
        if (descriptionEdit->toPlainText().trimmed().isEmpty() && !description.trimmed().isEmpty()) {
            descriptionEdit->setPlainText(description);
            copied = true;
        }
    }
    m_loading = false;
    if (copied)
        Q_EMIT changed();
}

void LocalizedTextsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LocalizedTextsEditor::retranslateUi()
{
    m_nameLabel->setText(tr("Na&me:"));
    m_descriptionLabel->setText(tr("&Description:"));
    const QHash<QString, QString> languageNames = {
        {u"nb"_s, tr("Bokmål (nb)")},
        {u"nn"_s, tr("Nynorsk (nn)")},
        {u"en"_s, tr("English (en)")},
    };
    for (auto it = languageNames.constBegin(); it != languageNames.constEnd(); ++it) {
        m_languageLabels.value(it.key())->setText(it.value());
        m_nameEdits.value(it.key())->setAccessibleName(tr("Name in %1").arg(it.value()));
        m_descriptionEdits.value(it.key())->setAccessibleName(tr("Description in %1").arg(it.value()));
    }
    m_nameEdits.value(u"nb"_s)->setPlaceholderText(tr("The name customers see in Altinn"));
    m_descriptionEdits.value(u"nb"_s)->setPlaceholderText(tr("What the system does, in a sentence or two"));
    m_copyButton->setText(tr("Cop&y from Bokmål"));
    m_copyButton->setAccessibleName(tr("Copy from Bokmål"));
    m_copyHintLabel->setText(tr("Fills the empty Nynorsk and English fields with the Bokmål text, "
                                "as a starting point to translate."));
}
