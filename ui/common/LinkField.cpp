#include "common/LinkField.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

LinkField::LinkField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_openButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
{
    const QString stem = name.isEmpty() ? u"link"_s : name;
    const QString capitalised = stem.at(0).toUpper() + stem.mid(1);
    setObjectName(stem + u"Field"_s);
    m_edit->setObjectName(stem + u"Edit"_s);
    m_edit->setReadOnly(true);
    m_openButton->setObjectName(u"open"_s + capitalised + u"Button"_s);
    m_copyButton->setObjectName(u"copy"_s + capitalised + u"Button"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_copyButton);
    setFocusProxy(m_edit);

    connect(m_openButton, &QPushButton::clicked, this, &LinkField::openLink);
    connect(m_copyButton, &QPushButton::clicked, this, &LinkField::copyLink);
    retranslateUi();
    setLink({});
}

void LinkField::setLink(const QString &link)
{
    m_edit->setText(link);
    m_edit->setCursorPosition(0); // the start says where the link leads
    m_openButton->setEnabled(!link.isEmpty());
    m_copyButton->setEnabled(!link.isEmpty());
}

QString LinkField::link() const
{
    return m_edit->text();
}

void LinkField::setMnemonics(bool mnemonics)
{
    m_mnemonics = mnemonics;
    retranslateUi();
}

void LinkField::setAccessibleNames(const QString &field, const QString &open, const QString &copy)
{
    m_edit->setAccessibleName(field);
    m_openButton->setAccessibleName(open);
    m_copyButton->setAccessibleName(copy);
}

void LinkField::openLink()
{
    if (link().isEmpty())
        return;
    QDesktopServices::openUrl(QUrl(link()));
    Q_EMIT linkOpened();
}

void LinkField::copyLink()
{
    if (link().isEmpty())
        return;
    QApplication::clipboard()->setText(link());
    Q_EMIT linkCopied();
}

void LinkField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LinkField::retranslateUi()
{
    m_openButton->setText(m_mnemonics ? tr("&Open in browser") : tr("Open in browser"));
    m_copyButton->setText(m_mnemonics ? tr("Cop&y link") : tr("Copy link"));
}
