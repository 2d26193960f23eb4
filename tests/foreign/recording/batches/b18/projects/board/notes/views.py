from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Note


def note_list(request):
    return JsonResponse({"notes": list(Note.objects.values("id", "title"))})


def note_detail(request, pk):
    note = get_object_or_404(Note, pk=pk)
    return JsonResponse({"id": note.id, "title": note.title, "body": note.body})
