#include "workspace/AppSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const auto LanguageKey = u"ui/language"_s;
const auto PresenterKey = u"ui/presenterMode"_s;
const auto PresenterScaleKey = u"ui/presenterScale"_s;
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

bool AppSettings::presenterMode() const
{
    return m_settings.value(PresenterKey, false).toBool();
}

void AppSettings::setPresenterMode(bool on)
{
    m_settings.setValue(PresenterKey, on);
}

int AppSettings::presenterScale() const
{
    return m_settings.value(PresenterScaleKey, 150).toInt();
}

void AppSettings::setPresenterScale(int percent)
{
    m_settings.setValue(PresenterScaleKey, percent);
}

void AppSettings::sync()
{
    m_settings.sync();
}
