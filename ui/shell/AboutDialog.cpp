#include "shell/AboutDialog.h"

#include "workspace/Documentation.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_titleLabel(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_licenceLabel(new QLabel(this))
    , m_licenceText(new QPlainTextEdit(this))
    , m_documentationButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"aboutDialog"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_titleLabel->setObjectName(u"aboutTitleLabel"_s);
    m_titleLabel->setProperty("role", u"sectionHeading"_s);
    m_versionLabel->setObjectName(u"aboutVersionLabel"_s);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_descriptionLabel->setWordWrap(true);
    m_licenceLabel->setObjectName(u"aboutLicenceLabel"_s);
    m_licenceLabel->setWordWrap(true);
    m_licenceText->setObjectName(u"aboutLicenceText"_s);
    m_licenceText->setReadOnly(true);
    m_licenceText->setTabChangesFocus(true);
    QFile licence(u":/about/LICENSE"_s);
    if (licence.open(QIODevice::ReadOnly))
        m_licenceText->setPlainText(QString::fromUtf8(licence.readAll()));
    m_documentationButton->setObjectName(u"aboutDocumentationButton"_s);
    m_documentationButton->setEnabled(!Documentation::folder().isEmpty());
    m_closeButton->setObjectName(u"aboutCloseButton"_s);
    m_closeButton->setDefault(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(m_titleLabel);
    heading->addWidget(m_versionLabel);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_documentationButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_licenceLabel);
    layout->addWidget(m_licenceText, 1);
    layout->addLayout(buttons);

    connect(m_documentationButton, &QPushButton::clicked, this,
        [] { QDesktopServices::openUrl(Documentation::folderUrl()); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    resize(560, 460);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About System User Wizard"));
    m_titleLabel->setText(tr("System User Wizard"));
    m_versionLabel->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    m_descriptionLabel->setText(
        tr("Register your system in Altinn's system register, send system user requests to your customers, "
           "follow their approval and test a Maskinporten system user token. The command-line tool "
           "systemuser-cli and the sandbox systemuser-sandbox come with it."));
    m_licenceLabel->setText(tr("Free software under the MIT licence:"));
    m_licenceText->setAccessibleName(tr("Licence"));
    m_documentationButton->setText(tr("Open the &documentation"));
    m_documentationButton->setToolTip(Documentation::folder().isEmpty()
            ? tr("The documentation is not installed on this computer.")
            : tr("The guides in %1.").arg(Documentation::folder()));
    m_closeButton->setText(tr("&Close"));
}
