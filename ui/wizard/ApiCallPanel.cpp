#include "wizard/ApiCallPanel.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "common/OperationStatus.h"
#include "net/ActivityFormatting.h"
#include "onboarding/ApiProbe.h"
#include "session/VendorSession.h"
#include "wizard/ProductionGuard.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *answerView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

void makeBold(QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    widget->setFont(font);
}

} // namespace

ApiCallPanel::ApiCallPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_toggle(new QToolButton(this))
    , m_section(new QWidget(this))
    , m_intro(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_methodComboBox(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_urlEdit(new QLineEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_bodyLabel(new QLabel(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_status(new OperationStatus(this))
    , m_answerBox(new QWidget(this))
    , m_answerStatusLabel(new QLabel(this))
    , m_headersLabel(new QLabel(this))
    , m_headersView(answerView(u"answerHeadersView"_s, this))
    , m_answerBodyLabel(new QLabel(this))
    , m_answerBodyView(answerView(u"answerBodyView"_s, this))
{
    setObjectName(u"apiCallPanel"_s);
    m_toggle->setObjectName(u"callApiToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    makeBold(m_toggle);
    m_section->setObjectName(u"callApiSection"_s);
    m_intro->setObjectName(u"apiIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setProperty("role", u"fieldMessage"_s);
    m_intro->setProperty("kind", u"hint"_s);
    m_methodComboBox->setObjectName(u"methodComboBox"_s);
    for (const QString &method : Altinn::ApiProbe::methods())
        m_methodComboBox->addItem(method, method);
    m_methodLabel->setBuddy(m_methodComboBox);
    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setPlaceholderText(u"https://"_s);
    m_urlLabel->setBuddy(m_urlEdit);
    m_sendButton->setObjectName(u"sendApiCallButton"_s);
    m_bodyEdit->setObjectName(u"requestBodyEdit"_s);
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyEdit->setMaximumHeight(110);
    m_bodyLabel->setBuddy(m_bodyEdit);
    m_status->setObjectName(u"apiStatus"_s);
    m_answerBox->setObjectName(u"answerBox"_s);
    m_answerStatusLabel->setObjectName(u"answerStatusLabel"_s);
    m_answerStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makeBold(m_answerStatusLabel);
    m_headersLabel->setBuddy(m_headersView);
    m_headersView->setMaximumHeight(120);
    m_answerBodyLabel->setBuddy(m_answerBodyView);
    m_answerBodyView->setMinimumHeight(160);

    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_methodLabel);
    requestRow->addWidget(m_methodComboBox);
    requestRow->addSpacing(8);
    requestRow->addWidget(m_urlLabel);
    requestRow->addWidget(m_urlEdit, 1);
    requestRow->addWidget(m_sendButton);

    auto *answerLayout = new QVBoxLayout(m_answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_answerStatusLabel);
    answerLayout->addWidget(m_headersLabel);
    answerLayout->addWidget(m_headersView);
    answerLayout->addWidget(m_answerBodyLabel);
    answerLayout->addWidget(m_answerBodyView);
    m_answerBox->hide();

    auto *sectionLayout = new QVBoxLayout(m_section);
    sectionLayout->setContentsMargins(18, 0, 0, 0);
    sectionLayout->addWidget(m_intro);
    sectionLayout->addLayout(requestRow);
    sectionLayout->addWidget(m_bodyLabel);
    sectionLayout->addWidget(m_bodyEdit);
    sectionLayout->addWidget(m_status);
    sectionLayout->addWidget(m_answerBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_section);

    setTabOrder(m_toggle, m_methodComboBox);
    setTabOrder(m_methodComboBox, m_urlEdit);
    setTabOrder(m_urlEdit, m_sendButton);
    setTabOrder(m_sendButton, m_bodyEdit);
    setTabOrder(m_bodyEdit, m_headersView);
    setTabOrder(m_headersView, m_answerBodyView);

    connect(m_toggle, &QToolButton::toggled, this, &ApiCallPanel::setOpen);
    connect(m_methodComboBox, &QComboBox::currentIndexChanged, this, &ApiCallPanel::methodChanged);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ApiCallPanel::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ApiCallPanel::send);
    connect(m_context, &WizardContext::sessionChanged, this, &ApiCallPanel::forgetSession);

    retranslateUi();
    setOpen(false);
    methodChanged();
}

ApiCallPanel::~ApiCallPanel()
{
    cancel();
}

QWidget *ApiCallPanel::firstInTabOrder() const
{
    return m_toggle;
}

QWidget *ApiCallPanel::lastInTabOrder() const
{
    return m_answerBodyView;
}

void ApiCallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApiCallPanel::retranslateUi()
{
    m_toggle->setText(tr("Call an API with the &token (optional)"));
    m_toggle->setAccessibleName(tr("Call an API with the token"));
    m_intro->setText(
        tr("Sends one request with the system user token in the \"Authorization: Bearer\" header, to check "
           "that the API accepts it. Type the API's address. The call is shown in the activity log, with the "
           "token hidden."));
    m_methodLabel->setText(tr("&Method:"));
    m_methodComboBox->setAccessibleName(tr("HTTP method"));
    m_urlLabel->setText(tr("&Address:"));
    m_urlEdit->setAccessibleName(tr("Address of the API"));
    m_sendButton->setText(tr("Sen&d"));
    m_sendButton->setAccessibleName(tr("Send the API call"));
    m_bodyLabel->setText(tr("Req&uest body:"));
    m_bodyEdit->setAccessibleName(tr("Request body"));
    m_bodyEdit->setPlaceholderText(tr("JSON or text"));
    m_headersLabel->setText(tr("Headers of the answer:"));
    m_headersView->setAccessibleName(tr("Headers of the answer"));
    m_answerBodyLabel->setText(tr("Body of the answer:"));
    m_answerBodyView->setAccessibleName(tr("Body of the answer"));
}

void ApiCallPanel::setOpen(bool open)
{
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_section->setVisible(open);
    if (m_toggle->isChecked() != open) {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(open);
    }
    if (open)
        Q_EMIT scrollRequested(m_section);
}

bool ApiCallPanel::isOpen() const
{
    return m_toggle->isChecked();
}

void ApiCallPanel::methodChanged()
{
    // A GET has no body: the field would only invite a mistake.
    const bool sendsBody = Altinn::ApiProbe::sendsBody(m_methodComboBox->currentData().toString().toLatin1());
    m_bodyEdit->setVisible(sendsBody);
    m_bodyLabel->setVisible(sendsBody);
}

void ApiCallPanel::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ApiCallPanel::forgetSession()
{
    // The probe sends through the old session's transport; the next call makes a new one.
    cancel();
    delete m_probe;
    m_probe = nullptr;
    m_answerBox->hide();
    m_status->clear();
}

void ApiCallPanel::send()
{
    if (m_call)
        return;
    m_answerBox->hide();
    const QByteArray token = m_tokenSource ? m_tokenSource() : QByteArray();
    if (token.isEmpty() || !m_context->session()) {
        m_status->showError(tr("Get a system user token above first (a new one when the last has expired)."));
        return;
    }
    const QUrl url(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    if (const QString problem = Altinn::ApiProbe::urlProblem(url); !problem.isEmpty()) {
        m_status->showError(problem);
        m_urlEdit->setFocus();
        return;
    }
    const QByteArray method = m_methodComboBox->currentData().toString().toLatin1();
    const QByteArray body =
        Altinn::ApiProbe::sendsBody(method) ? m_bodyEdit->toPlainText().toUtf8() : QByteArray();
    if (method == "GET") {
        sendNow(method, url, body);
        return;
    }
    const QPointer<ApiCallPanel> self(this);
    ProductionGuard::confirm(this, m_context->environment(),
        tr("send %1 to %2").arg(QString::fromLatin1(method), url.toDisplayString()),
        [self, method, url, body](bool confirmed) {
            if (!self)
                return;
            if (confirmed)
                self->sendNow(method, url, body);
            else
                self->m_status->showInformation(tr("Nothing was sent."));
        });
}

void ApiCallPanel::sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    VendorSession *session = m_context->session();
    // Asked again: the token may have expired while the production question was open.
    const QByteArray token = m_tokenSource ? m_tokenSource() : QByteArray();
    if (token.isEmpty() || !session) {
        m_status->showError(tr("The token has expired. Get a new one above first."));
        return;
    }
    if (!m_probe)
        m_probe = new Altinn::ApiProbe(session->transport(), this);
    m_sendButton->setEnabled(false);
    m_status->showBusy(tr("Calling %1…").arg(url.toDisplayString()), [this] { cancel(); });
    const QPointer<ApiCallPanel> self(this);
    m_call = m_probe->send(method, url, body, token, [self](const Altinn::ApiResponse &response) {
        if (self)
            self->showAnswer(response);
    });
}

void ApiCallPanel::showAnswer(const Altinn::ApiResponse &response)
{
    m_call = nullptr;
    m_sendButton->setEnabled(true);
    if (!response.answered()) {
        if (response.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
            m_status->showInformation(tr("The call was cancelled."));
            return;
        }
        const Altinn::Explanation explanation =
            Altinn::ErrorExplainer::explain(response.failure, tr("calling the API"));
        m_status->showError(explanation.summary + u'\n' + explanation.remedy, [this] { send(); });
        return;
    }
    if (response.isSuccess())
        m_status->showSuccess(tr("The API accepted the call."));
    else if (response.status >= 300 && response.status < 400)
        m_status->showInformation(
            tr("The API answered with a redirect to %1. It was not followed, so the token went nowhere else.")
                .arg(QString::fromUtf8(response.header(QByteArrayLiteral("Location")))));
    else if (response.status == 401 || response.status == 403)
        m_status->showError(
            tr("The API refused the token. Check that it has the scope the API asks for, and that the "
               "customer gave the system user the rights the API needs."));
    else
        m_status->showInformation(tr("The API answered with an error; see below."));
    const QString summary = tr("HTTP %1 — answered in %2")
                                .arg(response.status)
                                .arg(Altinn::ActivityFormatting::duration(response.durationMs));
    m_answerStatusLabel->setText(summary);
    m_answerStatusLabel->setAccessibleName(summary);
    m_headersView->setPlainText(Altinn::ActivityFormatting::headersText(response.headers));
    m_answerBodyView->setPlainText(Altinn::ActivityFormatting::prettyBody(
        response.body, response.header(QByteArrayLiteral("Content-Type"))));
    m_answerBox->show();
    Q_EMIT scrollRequested(m_answerBox);
}
