#include "wizard/SandboxCatalogueEntrySection.h"

#include "common/Labels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

SandboxCatalogueEntrySection::SandboxCatalogueEntrySection(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(name + u"Heading"_s, this))
    , m_messageLabel(Labels::fieldMessage(name + u"Message"_s, this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(name + u"Section"_s);
    m_addButton->setAutoDefault(false);
}

void SandboxCatalogueEntrySection::finishLayout(QFormLayout *form, const QList<QLineEdit *> &required)
{
    m_required = required;
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_messageLabel, 1);
    buttonRow->addWidget(m_addButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttonRow);

    // Made before the section's fields: Tab reaches Add after the last of them.
    if (QLayoutItem *last = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole);
        last && last->widget())
        setTabOrder(last->widget(), m_addButton);
    connect(m_addButton, &QPushButton::clicked, this, [this] { add(); });
    for (QLineEdit *edit : required) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            Labels::showMessage(m_messageLabel, {}, u"hint"_s);
            updateState();
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_addButton->isEnabled())
                add();
        });
    }
}

void SandboxCatalogueEntrySection::setSending(bool sending)
{
    m_sending = sending;
    updateState();
}

void SandboxCatalogueEntrySection::updateState()
{
    m_addButton->setEnabled(!m_sending
        && std::all_of(m_required.cbegin(), m_required.cend(),
            [](QLineEdit *edit) { return !edit->text().trimmed().isEmpty(); }));
}
