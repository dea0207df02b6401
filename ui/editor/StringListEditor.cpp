#include "editor/StringListEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

StringListEditor::StringListEditor(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(objectNamePrefix)
    , m_rowsLayout(new QVBoxLayout)
    , m_emptyLabel(new QLabel(this))
    , m_tabOrderAnchor(new QWidget(this))
    , m_addButton(new QPushButton(this))
{
    // Never shown, so never focused; setTabOrder() only takes widgets that accept focus.
    m_tabOrderAnchor->setFocusPolicy(Qt::TabFocus);
    m_tabOrderAnchor->hide();
    setObjectName(objectNamePrefix + u"ListEditor"_s);
    m_emptyLabel->setObjectName(objectNamePrefix + u"EmptyLabel"_s);
    m_emptyLabel->setProperty("role", u"hint"_s);
    m_emptyLabel->setWordWrap(true);
    m_addButton->setObjectName(objectNamePrefix + u"AddButton"_s);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        // A blank row changes no entry, so no changed() until something is typed.
        const Row row = addRow(QString());
        renumber();
        row.edit->setFocus(Qt::TabFocusReason);
    });
    renumber();
}

QStringList StringListEditor::items() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

void StringListEditor::setItems(const QStringList &items)
{
    if (items == this->items() && m_rows.size() == items.size())
        return;
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast().container);
    for (const QString &item : items)
        addRow(item);
    renumber();
}

void StringListEditor::setTexts(const QString &addText, const QString &placeholder,
    const QString &rowNamePattern, const QString &removeNamePattern, const QString &emptyText)
{
    m_addButton->setText(addText);
    m_addButton->setAccessibleName(QString(addText).remove(u'&'));
    m_placeholder = placeholder;
    m_rowNamePattern = rowNamePattern;
    m_removeNamePattern = removeNamePattern;
    m_emptyLabel->setText(emptyText);
    renumber();
}

void StringListEditor::setMessages(const QHash<int, QString> &messages)
{
    QHash<int, QString> byRow;
    for (auto it = messages.constBegin(); it != messages.constEnd(); ++it) {
        const int row = rowOfItem(it.key());
        if (row >= 0)
            byRow.insert(row, it.value());
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString message = byRow.value(i);
        row.messageLabel->setText(message);
        row.messageLabel->setVisible(!message.isEmpty());
        row.edit->setAccessibleDescription(message);
        const bool invalid = !message.isEmpty();
        if (row.edit->property("invalid").toBool() != invalid) {
            row.edit->setProperty("invalid", invalid);
            row.edit->style()->unpolish(row.edit);
            row.edit->style()->polish(row.edit);
        }
    }
}

bool StringListEditor::focusItem(int index)
{
    const int row = rowOfItem(index);
    if (row < 0)
        return false;
    QLineEdit *edit = m_rows.at(row).edit;
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    return true;
}

QLineEdit *StringListEditor::editAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edit : nullptr;
}

StringListEditor::Row StringListEditor::addRow(const QString &text)
{
    auto *container = new QWidget(this);
    auto *edit = new QLineEdit(text, container);
    auto *removeButton = new QPushButton(container);
    auto *messageLabel = new QLabel(container);
    removeButton->setText(tr("Remove"));
    messageLabel->setProperty("role", u"fieldError"_s);
    messageLabel->setWordWrap(true);
    messageLabel->hide();

    auto *grid = new QGridLayout(container);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->addWidget(edit, 0, 0);
    grid->addWidget(removeButton, 0, 1);
    grid->addWidget(messageLabel, 1, 0, 1, 2);
    m_rowsLayout->addWidget(container);

    connect(edit, &QLineEdit::textEdited, this, &StringListEditor::changed);
    connect(removeButton, &QPushButton::clicked, this, [this, container] {
        const int row =
            static_cast<int>(std::find_if(m_rows.cbegin(), m_rows.cend(), [container](const Row &r) {
                return r.container == container;
            }) - m_rows.cbegin());
        const bool hadText = !m_rows.at(row).edit->text().trimmed().isEmpty();
        removeRow(container);
        renumber();
        // Keep the keyboard user in the list: the next row's edit, else the Add button.
        if (row < m_rows.size())
            m_rows.at(row).edit->setFocus(Qt::TabFocusReason);
        else
            m_addButton->setFocus(Qt::TabFocusReason);
        if (hadText)
            Q_EMIT changed();
    });

    const Row row{container, edit, removeButton, messageLabel};
    m_rows.append(row);
    return row;
}

void StringListEditor::removeRow(QWidget *container)
{
    m_rows.removeIf([container](const Row &row) { return row.container == container; });
    container->hide();
    container->deleteLater();
}

void StringListEditor::renumber()
{
    // Rows are created after the Add button; chain them in after the anchor, which was created before
    // it, so Tab goes row by row and then to Add.
    QWidget *previous = m_tabOrderAnchor;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString number = QString::number(i + 1);
        row.container->setObjectName(m_prefix + u"Row"_s + number);
        row.edit->setObjectName(m_prefix + u"Edit"_s + number);
        row.removeButton->setObjectName(m_prefix + u"RemoveButton"_s + number);
        row.messageLabel->setObjectName(m_prefix + u"MessageLabel"_s + number);
        row.edit->setPlaceholderText(m_placeholder);
        if (!m_rowNamePattern.isEmpty())
            row.edit->setAccessibleName(m_rowNamePattern.arg(i + 1));
        if (!m_removeNamePattern.isEmpty())
            row.removeButton->setAccessibleName(m_removeNamePattern.arg(i + 1));
        setTabOrder(previous, row.edit);
        setTabOrder(row.edit, row.removeButton);
        previous = row.removeButton;
    }
    setTabOrder(previous, m_addButton);
    // The heading's mnemonic (buddy = this widget) lands in the first entry, or on Add when empty.
    setFocusProxy(m_rows.isEmpty() ? static_cast<QWidget *>(m_addButton) : m_rows.constFirst().edit);
    m_emptyLabel->setVisible(m_rows.isEmpty() && !m_emptyLabel->text().isEmpty());
}

int StringListEditor::rowOfItem(int index) const
{
    int item = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).edit->text().trimmed().isEmpty())
            continue;
        if (++item == index)
            return row;
    }
    return -1;
}

void StringListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const Row &row : std::as_const(m_rows))
            row.removeButton->setText(tr("Remove"));
    }
    QWidget::changeEvent(event);
}
