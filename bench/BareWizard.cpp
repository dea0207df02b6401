// The reference of bench/startup.sh: a bare two-page QWizard, built like the wizard (same options, same Qt),
// with the same first-paint probe. The application's start-up is measured as a ratio to this.
#include "shell/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

using namespace Qt::Literals::StringLiterals;

namespace {

QWizardPage *page(const QString &title, const QString &text)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(text);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(text, page));
    layout->addWidget(new QLineEdit(page));
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.addPage(page(u"Organisation"_s, u"Which organisation are you?"_s));
    wizard.addPage(page(u"Key"_s, u"Make a key."_s));
    wizard.resize(1040, 760);
    FirstPaintProbe::installIfAsked();
    wizard.show();
    return QApplication::exec();
}
