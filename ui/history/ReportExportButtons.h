#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class JobHistory;

/// "Export report…" for one recorded session, the same in the history and on the wizard's last
/// step: asks where to save (the report id as the file name), writes the report as PDF (what the
/// client gets) or JSON (what `iotpro-cli report verify` checks) through the job history, which
/// keeps the JSON form with the session, and says where it went or why not.
class ReportExportButtons : public QWidget
{
    Q_OBJECT

public:
    enum class Form { Pdf, Json };

    /// Asks where to save: (parent, dialog title, suggested path, file filter) -> the chosen
    /// path, empty when cancelled. A file dialog by default; tests answer it themselves.
    using FileChooser = std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    explicit ReportExportButtons(JobHistory& history, QWidget* parent = nullptr);

    /// The session to export; none disables the buttons.
    void setSession(std::optional<qint64> sessionId);
    std::optional<qint64> session() const { return m_session; }
    void setFileChooser(FileChooser chooser);

Q_SIGNALS:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void exportAs(Form form);

    JobHistory& m_history;
    std::optional<qint64> m_session;
    FileChooser m_chooseFile;
    QPushButton* m_pdf;
    QPushButton* m_json;
    QLabel* m_outcome;
};

} // namespace iotpro::ui
