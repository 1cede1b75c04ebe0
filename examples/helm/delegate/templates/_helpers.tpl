{{/* The delegate's name, also the name (or prefix) of every object of the release. */}}
{{- define "example-delegate.fullname" -}}
{{- default .Chart.Name .Values.delegateName | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "example-delegate.selectorLabels" -}}
app.kubernetes.io/name: {{ include "example-delegate.fullname" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
harness.io/name: {{ include "example-delegate.fullname" . }}
{{- end }}

{{- define "example-delegate.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "example-delegate.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The delegate's service account: created by the chart, or one that exists already. */}}
{{- define "example-delegate.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "example-delegate.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret holding DELEGATE_TOKEN: the chart's own, unless existingDelegateToken names one. */}}
{{- define "example-delegate.tokenSecretName" -}}
{{- .Values.existingDelegateToken | default (printf "%s-token" (include "example-delegate.fullname" .)) }}
{{- end }}

{{- define "example-delegate.upgraderName" -}}
{{- printf "%s-upgrader" (include "example-delegate.fullname" .) | trunc 52 | trimSuffix "-" }}
{{- end }}

{{- define "example-delegate.upgraderServiceAccountName" -}}
{{- printf "%s-%s" (include "example-delegate.fullname" .) .Values.upgrader.cronJobServiceAccountName }}
{{- end }}
