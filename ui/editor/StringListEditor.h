#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

/**
 * An editable list of short texts (client ids, redirect URLs): one line edit per entry with a
 * Remove button and room for a message under it, and an Add button. Blank rows are kept on screen
 * while typing but are not part of items(). Messages come from outside (the validator), so the
 * rules live in one place.
 */
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    /// @p objectNamePrefix names the children: "<prefix>Edit<n>", "<prefix>RemoveButton<n>",
    /// "<prefix>AddButton".
    explicit StringListEditor(const QString &objectNamePrefix, QWidget *parent = nullptr);

    /// The entries, trimmed, without blank rows.
    QStringList items() const;
    void setItems(const QStringList &items);

    /// Texts that depend on the use: Add button (with mnemonic), placeholder, accessible name of a
    /// row ("Client id %1") and of its Remove button ("Remove client id %1"), shown when empty.
    void setTexts(const QString &addText, const QString &placeholder, const QString &rowNamePattern,
        const QString &removeNamePattern, const QString &emptyText);

    /// Messages per entry (index into items()); an entry without one shows none.
    void setMessages(const QHash<int, QString> &messages);

    /// Focuses the line edit of entry @p index (into items()); false when there is no such entry.
    bool focusItem(int index);
    /// The Add button, first in the tab order after the rows.
    QPushButton *addButton() const { return m_addButton; }
    QLineEdit *editAt(int row) const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    /// An entry was edited, added or removed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *container;
        QLineEdit *edit;
        QPushButton *removeButton;
        QLabel *messageLabel;
    };

    Row addRow(const QString &text);
    void removeRow(QWidget *container);
    void renumber();
    /// Row index of entry @p index of items(), or -1.
    int rowOfItem(int index) const;

    QString m_prefix;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_emptyLabel;
    QWidget *m_tabOrderAnchor; ///< fixed place in the focus chain, just before the Add button
    QPushButton *m_addButton;
    QList<Row> m_rows;
    QString m_placeholder;
    QString m_rowNamePattern;
    QString m_removeNamePattern;
};
