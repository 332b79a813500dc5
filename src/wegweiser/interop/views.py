from django.http import HttpResponse

from wegweiser.accounts.decorators import requires


@requires("case.import")
def import_upload(request):
    return HttpResponse("Import folgt")


@requires("case.import")
def import_status(request, job_pk):
    return HttpResponse("Import folgt")


@requires("case.export")
def export_cases(request, fmt):
    return HttpResponse("Export folgt")
