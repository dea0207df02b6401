#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

/**
 * A link to hand on (an approval link): the read-only address with "Open in browser" and "Copy link".
 * The buttons are disabled while there is no link. The owner names the parts for assistive technology
 * (setAccessibleNames) in its own retranslateUi, since only it knows what the link is for.
 */
class LinkField : public QWidget
{
    Q_OBJECT

public:
    /**
     * @p name is the stem of the children's object names: "link" gives linkEdit, openLinkButton and
     * copyLinkButton, so pages and tests find each field's parts.
     */
    explicit LinkField(const QString &name, QWidget *parent = nullptr);

    void setLink(const QString &link);
    QString link() const;

    /// With mnemonics ("&Open in browser", "Cop&y link"); off where another field on the page has them.
    void setMnemonics(bool mnemonics);
    void setAccessibleNames(const QString &field, const QString &open, const QString &copy);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *copyButton() const { return m_copyButton; }

public Q_SLOTS:
    void openLink();
    void copyLink();

Q_SIGNALS:
    void linkOpened();
    void linkCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit;
    QPushButton *m_openButton;
    QPushButton *m_copyButton;
    bool m_mnemonics = false;
};
