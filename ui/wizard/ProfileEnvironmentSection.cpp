#include "wizard/ProfileEnvironmentSection.h"

#include "altinn/Environment.h"
#include "common/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

ProfileEnvironmentSection::ProfileEnvironmentSection(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_environmentLabel(new QLabel(this))
    , m_environmentComboBox(new QComboBox(this))
    , m_environmentHint(Labels::fieldMessage(u"environmentHint"_s, this))
    , m_customUrlLabel(new QLabel(this))
    , m_customUrlEdit(new QLineEdit(this))
    , m_customUrlMessage(Labels::fieldMessage(u"customUrlMessage"_s, this))
{
    setObjectName(u"environmentSection"_s);
    m_environmentComboBox->setObjectName(u"environmentComboBox"_s);
    m_customUrlEdit->setObjectName(u"customUrlEdit"_s);
    m_environmentLabel->setBuddy(m_environmentComboBox);
    m_customUrlLabel->setBuddy(m_customUrlEdit);
    m_environmentHint->setProperty("role", u"hint"_s);
    m_environmentHint->show();
    m_customUrlEdit->setPlaceholderText(u"http://127.0.0.1:5210/"_s);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    m_grid->addWidget(m_environmentLabel, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(m_environmentComboBox, 0, 1);
    m_grid->addWidget(m_environmentHint, 1, 1);
    m_grid->setRowMinimumHeight(2, 6); // a little air between fields
    m_grid->addWidget(m_customUrlLabel, 3, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(m_customUrlEdit, 3, 1);
    m_grid->addWidget(m_customUrlMessage, 4, 1);

    connect(m_environmentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomUrlVisibility();
        updateHint();
        Q_EMIT environmentChosen();
    });
    connect(m_customUrlEdit, &QLineEdit::textChanged, this, &ProfileEnvironmentSection::customUrlEdited);
    retranslateUi();
    updateCustomUrlVisibility();
}

void ProfileEnvironmentSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEnvironmentSection::retranslateUi()
{
    m_environmentLabel->setText(tr("&Environment:"));
    m_customUrlLabel->setText(tr("Server &address:"));
    m_environmentComboBox->setAccessibleName(tr("Environment"));
    m_customUrlEdit->setAccessibleName(tr("Server address"));
    fillChoices();
    updateHint();
}

void ProfileEnvironmentSection::fillChoices()
{
    const QString current = environment();
    const QSignalBlocker blocker(m_environmentComboBox);
    m_environmentComboBox->clear();
    m_environmentComboBox->addItem(tr("Sandbox — built in, nothing leaves this computer"), u"sandbox"_s);
    m_environmentComboBox->addItem(tr("TT02 — Altinn's test environment"), u"tt02"_s);
    m_environmentComboBox->addItem(tr("Production — real customers"), u"prod"_s);
    m_environmentComboBox->addItem(tr("Custom server…"), u"custom"_s);
    const int index = m_environmentComboBox->findData(current.isEmpty() ? u"sandbox"_s : current);
    m_environmentComboBox->setCurrentIndex(qMax(0, index));
}

QString ProfileEnvironmentSection::environment() const
{
    return m_environmentComboBox->currentData().toString();
}

QString ProfileEnvironmentSection::customUrlText() const
{
    return m_customUrlEdit->text().trimmed();
}

void ProfileEnvironmentSection::setEnvironment(const QString &environment, const QUrl &customBaseUrl)
{
    {
        const QSignalBlocker comboBlocker(m_environmentComboBox);
        const QSignalBlocker editBlocker(m_customUrlEdit);
        m_environmentComboBox->setCurrentIndex(qMax(0, m_environmentComboBox->findData(environment)));
        m_customUrlEdit->setText(customBaseUrl.toString());
    }
    updateCustomUrlVisibility();
    updateHint();
    showCustomUrlProblem(true);
}

QList<QWidget *> ProfileEnvironmentSection::focusOrder() const
{
    return {m_environmentComboBox, m_customUrlEdit};
}

void ProfileEnvironmentSection::updateCustomUrlVisibility()
{
    const bool custom = environment() == u"custom";
    m_customUrlLabel->setVisible(custom);
    m_customUrlEdit->setVisible(custom);
    if (!custom)
        showCustomUrlProblem(true);
}

void ProfileEnvironmentSection::updateHint()
{
    const QString chosen = environment();
    QString hint;
    QString kind = u"hint"_s;
    if (chosen == u"sandbox") {
        hint = tr(
            "Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.");
    } else if (chosen == u"tt02") {
        hint = tr("Altinn's test environment with synthetic organisations. You need a Maskinporten client "
                  "from the test self-service portal.");
    } else if (chosen == u"prod") {
        hint = tr("The real Altinn: changes affect real customers. Every change is confirmed before it is "
                  "sent.");
        kind = u"warning"_s;
    } else {
        hint = tr("A systemuser-sandbox or another server that answers Altinn's and Maskinporten's paths.");
    }
    Labels::showMessage(m_environmentHint, hint, kind);
}

QString ProfileEnvironmentSection::customUrlProblem() const
{
    if (environment() != u"custom")
        return {};
    const Altinn::Environment custom = Altinn::Environment::fromId(customUrlText());
    if (!custom.isValid() || custom.kind() != Altinn::Environment::Kind::Custom)
        return tr("Enter the server's address with http:// or https://, for example http://127.0.0.1:5210/.");
    return {};
}

void ProfileEnvironmentSection::showCustomUrlProblem(bool clear)
{
    const bool empty = clear || m_customUrlEdit->text().isEmpty();
    Labels::showMessage(m_customUrlMessage, empty ? QString() : customUrlProblem(), u"error"_s);
}
